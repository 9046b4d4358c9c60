package org.eassms.eas.sync.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one device has been told of its user's folder hierarchy, under which FolderSync SyncKey
 * (MS-ASCMD 2.2.3.181.1), with the previous state kept for a retried request.
 */
@Entity
@Table(name = "eas_folder_state")
public class FolderSyncState extends PanacheEntityBase {
    @Id
    @Column(name = "device_pk")
    public Long devicePk;

    @Column(name = "sync_key", nullable = false)
    public int syncKey;

    /** Hierarchy changes up to this modseq have been told under {@link #syncKey}. */
    @Column(nullable = false)
    public long modseq;

    @Column(name = "prev_sync_key")
    public Integer prevSyncKey;

    @Column(name = "prev_modseq")
    public Long prevModseq;
}
