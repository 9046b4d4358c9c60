package org.eassms.eas.sync.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.domain.SyncState;

@ApplicationScoped
public class SyncStateRepository implements PanacheRepositoryBase<SyncState, SyncState.Key> {

    public Uni<SyncState> find(long devicePk, String collectionId) {
        return findById(new SyncState.Key(devicePk, collectionId));
    }
}
