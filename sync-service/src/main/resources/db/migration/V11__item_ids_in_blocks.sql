-- Item ids are drawn by the service 50 at a time (Hibernate's pooled optimizer: a nextval of V covers V-49..V), so a
-- Sync's Adds are known before they are inserted and go to PostgreSQL as one batch. The column keeps its default: a
-- row inserted without an id takes nextval, which lies above every block handed out so far.
alter sequence eas_item_id_seq increment by 50;
