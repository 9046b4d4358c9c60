package org.eassms.eas.sync.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One administrative action: who did what to which user (and device), when (V13). */
@Entity
@Table(name = "eas_admin_audit")
public class AuditRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at = OffsetDateTime.now();

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String username;

    @Column(name = "device_id")
    public String deviceId;

    public String detail;

    public static AuditRecord of(String actor, String action, String username, String deviceId) {
        AuditRecord record = new AuditRecord();
        record.actor = actor;
        record.action = action;
        record.username = username;
        record.deviceId = deviceId;
        return record;
    }
}
