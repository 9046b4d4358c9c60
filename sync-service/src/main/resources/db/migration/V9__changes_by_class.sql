-- A device is sent the changes of the classes it asked for (MS-ASMS 3.1.4.1.1), read one class at a time in modseq
-- order. With the class in the index, that read stops after one window whatever the planner believes about the
-- folder: on (folder_id, modseq) alone, a folder too new for the statistics was read to its end and sorted.
create index eas_item_class_changes on eas_item (folder_id, item_class, modseq);
