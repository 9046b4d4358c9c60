package org.eassms.eas.contract;

/** The wire form of the Redis messages: {@code <user id>:<device id>}. */
record UserAndDevice(long userId, String deviceId) {

    static String encode(long userId, String deviceId) {
        return userId + ":" + deviceId;
    }

    static UserAndDevice decode(String message, String what) {
        int colon = message == null ? -1 : message.indexOf(':');
        if (colon <= 0 || colon == message.length() - 1) {
            throw new IllegalArgumentException("not a " + what + ": " + message);
        }
        long userId;
        try {
            userId = Long.parseLong(message, 0, colon, 10);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a " + what + ": " + message, e);
        }
        if (userId < 0) {
            throw new IllegalArgumentException("not a " + what + ": " + message);
        }
        return new UserAndDevice(userId, message.substring(colon + 1));
    }
}
