package org.eassms.eas.sync.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eassms.eas.sync.domain.Folder;

@ApplicationScoped
public class FolderRepository implements PanacheRepository<Folder> {

    public Uni<List<Folder>> listForUser(long userId) {
        return find("userId", Sort.by("id"), userId).list();
    }

    /** The user's standard folder of a type (MS-ASCMD 2.2.3.176.3, e.g. 4 Deleted Items). */
    public Uni<Folder> findByType(long userId, int type) {
        return find("userId = ?1 and type = ?2", Sort.by("id"), userId, type).firstResult();
    }

    public Uni<Folder> find(long userId, String serverId) {
        return find("userId = ?1 and serverId = ?2", userId, serverId).firstResult();
    }
}
