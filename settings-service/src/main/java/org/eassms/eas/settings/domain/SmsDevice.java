package org.eassms.eas.settings.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A device as Settings DeviceInformation describes it, and whether it relays the user's outgoing
 * SMS.
 */
@Entity
@Table(name = "sms_device")
public class SmsDevice extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "device_id", nullable = false)
    public String deviceId;

    @Column(name = "device_type")
    public String deviceType;

    public String model;
    public String imei;

    @Column(name = "friendly_name")
    public String friendlyName;

    public String os;

    @Column(name = "os_language")
    public String osLanguage;

    @Column(name = "phone_number")
    public String phoneNumber;

    @Column(name = "user_agent")
    public String userAgent;

    @Column(name = "mobile_operator")
    public String mobileOperator;

    @Column(name = "enable_outbound_sms", nullable = false)
    public boolean enableOutboundSms;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();
}
