package org.eassms.eas.settings.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eassms.eas.settings.domain.SmsDevice;

@ApplicationScoped
public class SmsDeviceRepository implements PanacheRepository<SmsDevice> {

    public Uni<SmsDevice> find(long userId, String deviceId) {
        return find("userId = ?1 and deviceId = ?2", userId, deviceId).firstResult();
    }

    public Uni<List<SmsDevice>> listForUser(long userId) {
        return find("userId", Sort.by("id"), userId).list();
    }
}
