package org.eassms.eas.sync.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eassms.eas.sync.domain.Folder;

@ApplicationScoped
public class FolderRepository implements PanacheRepository<Folder> {

    /** The user's live folders. */
    public Uni<List<Folder>> listForUser(long userId) {
        return find("userId = ?1 and deleted = false", Sort.by("id"), userId).list();
    }

    /** The user's standard folder of a type (MS-ASCMD 2.2.3.186.3, e.g. 4 Deleted Items). */
    public Uni<Folder> findByType(long userId, int type) {
        return find("userId = ?1 and type = ?2 and deleted = false", Sort.by("id"), userId, type)
                .firstResult();
    }

    /** A live folder, or null. */
    public Uni<Folder> find(long userId, String serverId) {
        return find("userId = ?1 and serverId = ?2 and deleted = false", userId, serverId)
                .firstResult();
    }

    /** A live folder of that name under that parent, or null. */
    public Uni<Folder> findNamed(long userId, String parentId, String displayName) {
        return find(
                        "userId = ?1 and parentId = ?2 and lower(displayName) = lower(?3)"
                                + " and deleted = false",
                        userId,
                        parentId,
                        displayName)
                .firstResult();
    }

    /**
     * Every hierarchy change of the user after {@code modseq}, tombstones included, oldest first.
     */
    public Uni<List<Folder>> changedSince(long userId, long modseq) {
        return find("userId = ?1 and modseq > ?2", Sort.by("modseq"), userId, modseq).list();
    }

    /** The next numeric ServerId of the user (the standard folders are 2 to 6; ids never recur). */
    public Uni<String> nextServerId(long userId) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(
                                                "select coalesce(max(cast(server_id as bigint)), 6) + 1"
                                                        + " from eas_folder where user_id = :user"
                                                        + " and server_id ~ '^[0-9]{1,18}$'",
                                                Long.class)
                                        .setParameter("user", userId)
                                        .getSingleResult())
                .map(next -> Long.toString(next));
    }

    private static final String DELETE_TREE =
            "with recursive tree(server_id) as ("
                    + " select server_id from eas_folder where user_id = :user and server_id = :root"
                    + " union select f.server_id from eas_folder f"
                    + " join tree on f.parent_id = tree.server_id where f.user_id = :user)"
                    + " update eas_folder set deleted = true, modseq = :modseq, last_changed_by = :device"
                    + " where user_id = :user and deleted = false"
                    + " and server_id in (select server_id from tree)";

    /**
     * The contents of the folders just deleted go with them (MS-ASCMD 2.2.1.4), as tombstones, so
     * no live item is left where no client can reach it.
     */
    private static final String DELETE_CONTENTS =
            "update eas_item set deleted = true, modseq = :modseq, last_changed_by = :device"
                    + " where deleted = false and folder_id in (select id from eas_folder"
                    + " where user_id = :user and deleted and modseq = :modseq)";

    /**
     * Marks a folder and every folder below it deleted, and their items, as one change; returns how
     * many folders.
     */
    public Uni<Integer> deleteTree(long userId, String serverId, long modseq, long devicePk) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(DELETE_TREE)
                                        .setParameter("user", userId)
                                        .setParameter("root", serverId)
                                        .setParameter("modseq", modseq)
                                        .setParameter("device", devicePk)
                                        .executeUpdate()
                                        .call(
                                                folders ->
                                                        session.createNativeQuery(DELETE_CONTENTS)
                                                                .setParameter("user", userId)
                                                                .setParameter("modseq", modseq)
                                                                .setParameter("device", devicePk)
                                                                .executeUpdate()));
    }
}
