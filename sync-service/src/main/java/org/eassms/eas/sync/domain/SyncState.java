package org.eassms.eas.sync.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.eassms.eas.sync.view.CollectionView;
import org.eassms.eas.sync.view.OptionBlocks;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A device's SyncKey for one collection and the {@link CollectionView} it holds under it, with the
 * key and view before, so that a client that did not get an answer can send the same request again
 * (MS-ASCMD 2.2.3.166.4).
 */
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

    /** What the device holds under {@link #syncKey}. */
    @Column(name = "view", nullable = false)
    @Convert(converter = CollectionViewJson.class)
    @Mutability(Immutability.class)
    public CollectionView view;

    /** The key before, and what the device held under it: a retry starts again from there. */
    @Column(name = "prev_sync_key")
    public Integer prevSyncKey;

    @Column(name = "prev_view")
    @Convert(converter = CollectionViewJson.class)
    @Mutability(Immutability.class)
    public CollectionView prevView;

    /** Whether the client holds the current key or the one before it. */
    public boolean knows(int key) {
        return key == syncKey || (prevSyncKey != null && key == prevSyncKey);
    }

    /** The client did not get the last answer: back to the view that answer started from. */
    public void backToPrevious() {
        syncKey = prevSyncKey;
        view = prevView;
    }

    /** A new SyncKey: {@code before}, the view this request started from, becomes the previous. */
    public void advanceFrom(CollectionView before) {
        prevSyncKey = syncKey;
        prevView = before;
        syncKey = syncKey + 1;
    }

    /** SyncKey 0: key 1, nothing sent, these sticky Options, no previous view. */
    public void startOver(long devicePk, String collectionId, OptionBlocks options) {
        this.devicePk = devicePk;
        this.collectionId = collectionId;
        syncKey = 1;
        view = CollectionView.startingWith(options);
        prevSyncKey = null;
        prevView = null;
    }
}
