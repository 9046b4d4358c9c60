package org.eassms.eas.sync.auth;

/** The account a request was authenticated as. */
public record AuthenticatedUser(long id, String username, String email) {}
