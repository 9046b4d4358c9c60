package org.eassms.eas.relay.registration;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The devices a user has enabled as SMS transports (Settings EnableOutboundSMS=1, kept by
 * settings-service).
 */
@ApplicationScoped
public class SmsTransports {
    private final Pool pool;

    SmsTransports(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<String>> enabledDevices(long userId) {
        return pool.preparedQuery(
                        "select device_id from sms_device where user_id = $1 and enable_outbound_sms")
                .execute(Tuple.of(userId))
                .map(
                        rows -> {
                            List<String> devices = new ArrayList<>();
                            for (Row row : rows) {
                                devices.add(row.getString("device_id"));
                            }
                            return devices;
                        });
    }
}
