package org.eassms.eas.sync.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One ActiveSync device of a user (its DeviceId), with its provisioning state (MS-ASPROV). */
@Entity
@Table(name = "eas_device")
public class Device extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "device_id", nullable = false)
    public String deviceId;

    @Column(name = "device_type", nullable = false)
    public String deviceType;

    /** The temporary key during phase one, the permanent key once acknowledged. */
    @Column(name = "policy_key")
    public Long policyKey;

    @Column(nullable = false)
    public boolean provisioned;

    /** The last full Sync request, for empty-body and Partial Syncs. */
    @Column(name = "last_sync_request")
    public byte[] lastSyncRequest;

    /** The last Ping parameters, for an empty Ping. */
    @Column(name = "last_ping_request")
    public byte[] lastPingRequest;

    @Column(name = "last_seen_at", nullable = false)
    public OffsetDateTime lastSeenAt = OffsetDateTime.now();

    /** Its first request (the database's clock at the row's insert). */
    @Column(name = "first_seen_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime firstSeenAt;

    /** The MS-ASProtocolVersion of its latest request. */
    @Column(name = "protocol_version")
    public String protocolVersion;

    /** When an administrator asked for a remote wipe (MS-ASPROV 3.2.5.1.2), or null. */
    @Column(name = "wipe_requested_at")
    public OffsetDateTime wipeRequestedAt;

    /** When the device acknowledged the wipe, and the RemoteWipe Status it reported (1 done). */
    @Column(name = "wipe_acknowledged_at")
    public OffsetDateTime wipeAcknowledgedAt;

    @Column(name = "wipe_status")
    public Integer wipeStatus;

    /** A device asked to wipe is given no policy again: only the RemoteWipe directive. */
    public boolean isToBeWiped() {
        return wipeRequestedAt != null;
    }

    /** The device reports the wipe done (RemoteWipe Status 1) or failed (2). */
    public void wipeAcknowledged(int status) {
        wipeAcknowledgedAt = OffsetDateTime.now();
        wipeStatus = status;
    }

    /**
     * Asks for a remote wipe: the device loses its policy key, so its next command re-provisions.
     */
    public void requestWipe() {
        wipeRequestedAt = OffsetDateTime.now();
        provisioned = false;
        policyKey = null;
    }
}
