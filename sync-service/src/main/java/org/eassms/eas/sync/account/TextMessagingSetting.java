package org.eassms.eas.sync.account;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /admin/users/{username}/text-messaging}: {@code {"allowed": false}}. */
public record TextMessagingSetting(@NotNull(message = "allowed: true or false") Boolean allowed) {}
