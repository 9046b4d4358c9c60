package org.eassms.eas.sync.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.domain.Folder;
import org.eassms.eas.sync.domain.SyncState;

@ApplicationScoped
public class SyncStateRepository implements PanacheRepositoryBase<SyncState, SyncState.Key> {

    /**
     * A collection as one device syncs it: the folder (deleted or not) and the device's state in
     * it, either of them null when missing. Both are managed by the session, as {@code find} would
     * leave them.
     */
    public record InFolder(Folder folder, SyncState state) {
        static final InFolder NONE = new InFolder(null, null);

        /** The folder exists and is not a tombstone. */
        public boolean folderIsLive() {
            return folder != null && !folder.deleted;
        }
    }

    private static final String FOLDER_AND_STATE =
            "select f, s from Folder f left join SyncState s"
                    + " on s.devicePk = :device and s.collectionId = f.serverId"
                    + " where f.userId = :user and f.serverId = :collection";

    public Uni<SyncState> find(long devicePk, String collectionId) {
        return findById(new SyncState.Key(devicePk, collectionId));
    }

    /**
     * The folder and the state in one round trip: every look of a Sync, a woken one above all,
     * reads both before anything else (one statement less in each look's transaction).
     */
    public Uni<InFolder> findWithFolder(long userId, long devicePk, String collectionId) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createSelectionQuery(FOLDER_AND_STATE, Object[].class)
                                        .setParameter("device", devicePk)
                                        .setParameter("user", userId)
                                        .setParameter("collection", collectionId)
                                        .setMaxResults(1)
                                        .getSingleResultOrNull())
                .map(
                        row ->
                                row == null
                                        ? InFolder.NONE
                                        : new InFolder((Folder) row[0], (SyncState) row[1]));
    }
}
