package org.eassms.eas.sync.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** sync-service settings under {@code eas.sync.*}. */
@ConfigMapping(prefix = "eas.sync")
public interface SyncConfig {

    /** Bearer token of the admin API; when absent the API answers 401 to everyone. */
    Optional<String> adminToken();

    /** bcrypt cost factor for new password hashes. */
    @WithDefault("10")
    int bcryptCost();

    /**
     * How long a verified login is remembered, so phones' frequent requests do not each pay for
     * bcrypt.
     */
    @WithDefault("PT5M")
    Duration authCacheTtl();

    /**
     * Whether devices must complete the two-phase Provision before any other command (MS-ASPROV).
     */
    @WithDefault("true")
    boolean provisioningRequired();

    /**
     * The most collections one Sync may carry; more is status 15 with this Limit (MS-ASCMD
     * 2.2.3.177.17), and the most folders one Ping may watch (status 6 with MaxFolders).
     */
    @WithDefault("100")
    int maxCollections();

    /** This replica's name on its Redis wake channel; defaults to a random id per start. */
    Optional<String> replicaId();

    Hanging hanging();

    Web web();

    /** The web page to text from ({@code /web}): its sessions and what it warns about. */
    interface Web {
        /** How long a signed-in browser stays signed in after its last page. */
        @WithDefault("PT12H")
        Duration sessionTtl();

        /** The session cookie is sent over HTTPS only; off where the page is plain HTTP (dev). */
        @WithDefault("true")
        boolean secureCookie();

        /** A phone that relays SMS and was not seen for this long is shown as a warning. */
        @WithDefault("PT24H")
        Duration staleTransport();

        /** Conversations, and messages of one, per page. */
        @WithDefault("20")
        int pageSize();
    }

    Logins logins();

    Clients clients();

    /** What one client may take of the server: time to send its request, requests at once. */
    interface Clients {
        /**
         * A request's body must have arrived this long after its headers; a client that sends part
         * of one and stops (or trickles it) is cut off instead of holding a connection for the hour
         * a hanging request may take. Between requests and while the headers arrive, {@code
         * quarkus.http.idle-timeout} applies.
         */
        @WithDefault("PT30S")
        Duration readTimeout();

        /**
         * The most ActiveSync requests one device may have in progress at once (Exchange's
         * EasMaxConcurrency defaults to 10); beyond, 503 with Retry-After (MS-ASHTTP 3.2.5.1).
         */
        @WithDefault("10")
        int maxConcurrentPerDevice();

        /** The Retry-After of that 503, spread over one to two times this. */
        @WithDefault("PT5S")
        Duration retryAfter();
    }

    /**
     * How many logins not yet remembered are checked at once. Each costs a database lookup and
     * bcrypt; after a restart every phone arrives with one.
     */
    interface Logins {
        /** Checks at the database or bcrypt at once (about the database pool's size). */
        @WithDefault("16")
        int maxConcurrentChecks();

        /**
         * Checks waiting for their turn; one more is answered HTTP 503 with a Retry-After between
         * one and two times {@code retry-after}, as is a check the database cannot answer.
         */
        @WithDefault("10000")
        int maxWaitingChecks();

        /**
         * The longest a check waits for its turn; one that waited longer is answered 503 when its
         * turn comes (its client may have given up, and it would keep those behind it waiting).
         */
        @WithDefault("PT10S")
        Duration maxWait();

        @WithDefault("PT15S")
        Duration retryAfter();

        /**
         * Failed logins are counted per account and per client address over this window, which
         * starts with the first failure; past a limit, logins not remembered are answered 429 with
         * this as Retry-After until it ends.
         */
        @WithDefault("PT15M")
        Duration failureWindow();

        /** Failures of one account (from anywhere) before its logins are refused unchecked. */
        @WithDefault("10")
        int maxFailuresPerAccount();

        /** Failures from one address (over all accounts) before its logins are refused. */
        @WithDefault("100")
        int maxFailuresPerAddress();
    }

    /** Bounds of hanging Sync and Ping. */
    interface Hanging {
        @WithDefault("PT60S")
        Duration minHeartbeat();

        @WithDefault("PT3540S")
        Duration maxHeartbeat();

        @WithDefault("PT30S")
        Duration registrationGrace();

        /**
         * While the wake channel is down (Redis unreachable or not subscribed), every hanging
         * request looks at the database this often, so push degrades to seconds, not to the
         * heartbeat.
         */
        @WithDefault("PT3S")
        Duration fallbackLook();

        /** The longest pause between two attempts to subscribe to the wake channel again. */
        @WithDefault("PT2S")
        Duration resubscribeBackoff();

        /**
         * How often the subscribed connection is PINGed: a connection that stopped answering
         * (network loss without a reset) is closed and subscribed again.
         */
        @WithDefault("PT5S")
        Duration channelPing();

        /**
         * The most requests one replica holds hanging. Beyond it a Sync or Ping that would hang is
         * answered HTTP 503 with Retry-After (MS-ASHTTP 3.2.5.1), and the phone tries again later
         * (a load balancer may send it to another replica), instead of every phone slowing down.
         */
        @WithDefault("100000")
        int limit();

        /**
         * The most requests one user may have hanging on one replica (a phone, a tablet and a few
         * clients each hang one or two); beyond, 503 with Retry-After like the replica's limit.
         */
        @WithDefault("20")
        int maxPerUser();

        /** The Retry-After of that 503. */
        @WithDefault("PT30S")
        Duration retryAfterWhenFull();

        /**
         * The most hanging requests whose first look at the database is in progress at once. A
         * burst beyond it (every phone coming back after a restart) is answered 503 with a
         * Retry-After between one and two times {@code retry-after-when-full}, so the phones come
         * back spread out instead of queueing for the database pool until they time out and retry
         * all together.
         */
        @WithDefault("1000")
        int maxArriving();

        /**
         * Requests answer up to this fraction of their interval early, at random, so that phones
         * that began hanging together (after a restart) do not all come back in the same second.
         */
        @WithDefault("0.1")
        double expirySpread();

        /** Caps how long a request really hangs (tests); absent in production. */
        Optional<Duration> waitCap();
    }

    /** Token presented to settings-service on forwarded calls. */
    Optional<String> internalToken();
}
