package org.eassms.eas.sync.account;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eassms.eas.contract.RedisNames;
import org.eassms.eas.sync.config.SyncConfig;
import org.eassms.eas.sync.domain.Device;
import org.eassms.eas.sync.domain.User;
import org.eassms.eas.sync.repository.DeviceRepository;
import org.eassms.eas.sync.repository.UserRepository;
import org.eassms.eas.sync.settings.SettingsServiceClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * A user's devices as an administrator sees them (Exchange's Get-MobileDevice): what each is, when
 * it was last seen, whether a request of it hangs now on any replica (its Redis registration), and
 * whether it relays the user's SMS and under which number (settings-service). What cannot be asked
 * (Redis or settings-service down) is null, not a failure of the whole list.
 */
@ApplicationScoped
public class DeviceInventory {
    private static final Logger LOG = Logger.getLogger(DeviceInventory.class);

    /**
     * One device; {@code hangingNow}, {@code smsTransport} and {@code phoneNumber} may be unknown.
     */
    public record DeviceEntry(
            String deviceId,
            String deviceType,
            String model,
            String friendlyName,
            String os,
            String userAgent,
            String protocolVersion,
            boolean provisioned,
            OffsetDateTime firstSeenAt,
            OffsetDateTime lastSeenAt,
            Boolean hangingNow,
            Boolean smsTransport,
            String phoneNumber) {}

    /**
     * What settings-service says of one device (its /internal/sms/devices answer): what the device
     * told Settings DeviceInformation, and whether it relays SMS.
     */
    @RegisterForReflection
    record Transport(
            String deviceId,
            String phoneNumber,
            boolean enabled,
            String model,
            String friendlyName,
            String os,
            String userAgent) {}

    private final UserRepository users;
    private final DeviceRepository devices;
    private final ReactiveRedisDataSource redis;
    private final SettingsServiceClient settings;
    private final SyncConfig config;
    private final ObjectMapper json;

    DeviceInventory(
            UserRepository users,
            DeviceRepository devices,
            ReactiveRedisDataSource redis,
            @RestClient SettingsServiceClient settings,
            SyncConfig config,
            ObjectMapper json) {
        this.users = users;
        this.devices = devices;
        this.redis = redis;
        this.settings = settings;
        this.config = config;
        this.json = json;
    }

    /** A user and the user's devices, oldest first, as the database has them. */
    private record Stored(User user, List<Device> devices) {}

    /**
     * The user's devices, oldest first; null when there is no such user. The database session ends
     * before Redis and settings-service are asked, so a slow one holds no pooled connection.
     */
    public Uni<List<DeviceEntry>> of(String username) {
        return stored(username)
                .chain(stored -> stored == null ? Uni.createFrom().nullItem() : described(stored));
    }

    private Uni<Stored> stored(String username) {
        return Panache.withSession(
                () ->
                        users.findByUsername(username)
                                .chain(
                                        user ->
                                                user == null
                                                        ? Uni.createFrom().<Stored>nullItem()
                                                        : devices.list(
                                                                        "userId = ?1 order by id",
                                                                        user.id)
                                                                .map(
                                                                        found ->
                                                                                new Stored(
                                                                                        user,
                                                                                        found))));
    }

    private Uni<List<DeviceEntry>> described(Stored stored) {
        return hanging(stored.user().id, stored.devices())
                .chain(
                        hangs ->
                                transports(stored.user())
                                        .map(known -> entries(stored.devices(), hangs, known)));
    }

    private static List<DeviceEntry> entries(
            List<Device> found, Map<String, Boolean> hangs, Map<String, Transport> transports) {
        return found.stream()
                .map(
                        d -> {
                            Transport t = transports == null ? null : transports.get(d.deviceId);
                            return new DeviceEntry(
                                    d.deviceId,
                                    d.deviceType,
                                    t == null ? null : t.model(),
                                    t == null ? null : t.friendlyName(),
                                    t == null ? null : t.os(),
                                    t == null ? null : t.userAgent(),
                                    d.protocolVersion,
                                    d.provisioned,
                                    d.firstSeenAt,
                                    d.lastSeenAt,
                                    hangs == null ? null : hangs.get(d.deviceId),
                                    transports == null ? null : t != null && t.enabled(),
                                    t == null ? null : t.phoneNumber());
                        })
                .toList();
    }

    /** Whether each device has a hanging request registered (any replica); null if unknown. */
    private Uni<Map<String, Boolean>> hanging(long userId, List<Device> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<String, String> keyOf = new HashMap<>();
        for (Device d : found) {
            keyOf.put(d.deviceId, RedisNames.hangKey(userId, d.deviceId));
        }
        return redis.value(String.class)
                .mget(keyOf.values().toArray(String[]::new))
                .map(
                        values -> {
                            Map<String, Boolean> hangs = new HashMap<>();
                            keyOf.forEach(
                                    (device, key) -> hangs.put(device, values.get(key) != null));
                            return hangs;
                        })
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            LOG.infof(
                                    "device list without hanging state: %s", failure.getMessage());
                            return null;
                        });
    }

    /** The user's SMS transports by device id; null if settings-service could not say. */
    private Uni<Map<String, Transport>> transports(User user) {
        return settings.devices(
                        config.internalToken().orElse(""), user.id, user.username, user.email)
                .map(
                        response -> {
                            if (response.getStatus() != 200) {
                                LOG.infof(
                                        "device list without transports: settings-service answered"
                                                + " HTTP %d",
                                        response.getStatus());
                                return null;
                            }
                            return byDevice(response.readEntity(String.class));
                        })
                .onFailure()
                .recoverWithItem(
                        failure -> {
                            LOG.infof("device list without transports: %s", failure.getMessage());
                            return null;
                        });
    }

    private Map<String, Transport> byDevice(String body) {
        try {
            Map<String, Transport> byDevice = new HashMap<>();
            for (Transport t : json.readValue(body, new TypeReference<List<Transport>>() {})) {
                byDevice.put(t.deviceId(), t);
            }
            return byDevice;
        } catch (Exception e) {
            LOG.infof("device list without transports: unreadable answer, %s", e.getMessage());
            return null;
        }
    }
}
