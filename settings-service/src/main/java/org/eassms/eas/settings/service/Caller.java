package org.eassms.eas.settings.service;

/** Who sync-service authenticated, from which device and protocol version. */
public record Caller(
        long userId,
        String username,
        String email,
        String deviceId,
        String deviceType,
        String protocolVersion) {}
