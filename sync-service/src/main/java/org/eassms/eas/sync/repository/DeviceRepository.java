package org.eassms.eas.sync.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eassms.eas.sync.domain.Device;

@ApplicationScoped
public class DeviceRepository implements PanacheRepository<Device> {

    public Uni<Device> find(long userId, String deviceId) {
        return find("userId = ?1 and deviceId = ?2", userId, deviceId).firstResult();
    }
}
