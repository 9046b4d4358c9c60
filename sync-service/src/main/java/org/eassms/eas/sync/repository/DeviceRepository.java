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

    /**
     * Records a device unless it is there already, and returns its row. A new phone often sends two
     * requests at once (a Ping beside a Sync); a plain insert made the second fail on the unique
     * key and aborted its transaction. Here it waits for the first to commit and reads its row.
     */
    public Uni<Device> insertIfAbsent(long userId, String deviceId, String deviceType) {
        return getSession()
                .chain(
                        session ->
                                session.createNativeQuery(
                                                "insert into eas_device (user_id, device_id,"
                                                        + " device_type) values (?1, ?2, ?3)"
                                                        + " on conflict (user_id, device_id) do"
                                                        + " nothing")
                                        .setParameter(1, userId)
                                        .setParameter(2, deviceId)
                                        .setParameter(3, deviceType)
                                        .executeUpdate())
                .chain(() -> find(userId, deviceId));
    }
}
