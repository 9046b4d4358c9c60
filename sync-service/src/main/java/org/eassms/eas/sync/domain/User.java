package org.eassms.eas.sync.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An account: the owner of a mailbox whose folders hold SMS and e-mail items. */
@Entity
@Table(name = "eas_user")
public class User extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(nullable = false)
    public String email;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /** AllowTextMessaging (MS-ASPROV 2.2.2.16): whether the user may use SMS here at all. */
    @Column(name = "allow_text_messaging", nullable = false)
    public boolean allowTextMessaging = true;
}
