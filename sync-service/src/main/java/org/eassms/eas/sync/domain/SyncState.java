package org.eassms.eas.sync.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** What one device has been sent of one collection, under which SyncKey (MS-ASCMD 2.2.3.166.4). */
@Entity
@Table(name = "eas_sync_state")
@IdClass(SyncState.Key.class)
public class SyncState extends PanacheEntityBase {

    /** The composite key: device row and CollectionId. */
    public static class Key implements Serializable {
        public Long devicePk;
        public String collectionId;

        public Key() {}

        public Key(Long devicePk, String collectionId) {
            this.devicePk = devicePk;
            this.collectionId = collectionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(devicePk, k.devicePk)
                    && Objects.equals(collectionId, k.collectionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(devicePk, collectionId);
        }
    }

    @Id
    @Column(name = "device_pk")
    public Long devicePk;

    @Id
    @Column(name = "collection_id")
    public String collectionId;

    @Column(name = "sync_key", nullable = false)
    public int syncKey;

    /** Changes up to this modseq have been sent under {@link #syncKey}. */
    @Column(nullable = false)
    public long modseq;

    @Column(name = "prev_sync_key")
    public Integer prevSyncKey;

    @Column(name = "prev_modseq")
    public Long prevModseq;

    /** The sticky Options blocks, as JSON. */
    public String options;

    @Column(name = "prev_options")
    public String prevOptions;

    /** Classes being soft-deleted from the device's view (comma-separated), and how far. */
    @Column(name = "drain_classes")
    public String drainClasses;

    @Column(name = "drain_after_id")
    public Long drainAfterId;

    @Column(name = "prev_drain_classes")
    public String prevDrainClasses;

    @Column(name = "prev_drain_after_id")
    public Long prevDrainAfterId;

    /** Where the device's view of each filtered class begins (see {@code Horizons}). */
    public String horizons;

    @Column(name = "prev_horizons")
    public String prevHorizons;

    /**
     * What a Sync may change of the collection's state, as one value: the state before a request is
     * kept whole as the previous copy, so that a client that did not get the answer can send the
     * same request again (MS-ASCMD 2.2.3.166.4).
     */
    public record Position(
            long modseq, String options, String drainClasses, Long drainAfterId, String horizons) {}

    public Position position() {
        return new Position(modseq, options, drainClasses, drainAfterId, horizons);
    }

    /** Whether the client holds the current key or the one before it. */
    public boolean knows(int key) {
        return key == syncKey || (prevSyncKey != null && key == prevSyncKey);
    }

    /** The client did not get the last answer: back to where that answer started. */
    public void backToPrevious() {
        syncKey = prevSyncKey;
        moveTo(
                new Position(
                        prevModseq, prevOptions, prevDrainClasses, prevDrainAfterId, prevHorizons));
    }

    /**
     * A new SyncKey: {@code before}, the position this request started from, becomes the previous.
     */
    public void advanceFrom(Position before) {
        prevSyncKey = syncKey;
        prevModseq = before.modseq();
        prevOptions = before.options();
        prevDrainClasses = before.drainClasses();
        prevDrainAfterId = before.drainAfterId();
        prevHorizons = before.horizons();
        syncKey = syncKey + 1;
    }

    /** SyncKey 0: key 1, nothing sent, these sticky Options, no previous copy. */
    public void startOver(long devicePk, String collectionId, String options) {
        this.devicePk = devicePk;
        this.collectionId = collectionId;
        syncKey = 1;
        prevSyncKey = null;
        prevModseq = null;
        prevOptions = null;
        prevDrainClasses = null;
        prevDrainAfterId = null;
        prevHorizons = null;
        moveTo(new Position(0, options, null, null, null));
    }

    private void moveTo(Position position) {
        modseq = position.modseq();
        options = position.options();
        drainClasses = position.drainClasses();
        drainAfterId = position.drainAfterId();
        horizons = position.horizons();
    }
}
