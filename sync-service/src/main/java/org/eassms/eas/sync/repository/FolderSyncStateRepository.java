package org.eassms.eas.sync.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.domain.FolderSyncState;

@ApplicationScoped
public class FolderSyncStateRepository implements PanacheRepositoryBase<FolderSyncState, Long> {}
