package org.eassms.eas.sync.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.GetExArgs;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.eassms.eas.sync.config.SyncConfig;
import org.jboss.logging.Logger;

/**
 * The web page's sessions, in Redis so that every replica behind the load balancer knows them and
 * signing out ends them everywhere. The cookie holds 256 random bits; Redis holds the session under
 * their SHA-256, so a copy of Redis lets nobody sign in. A session lasts {@code
 * eas.sync.web.session-ttl} from its last use.
 */
@ApplicationScoped
public class WebSessions {
    private static final Logger LOG = Logger.getLogger(WebSessions.class);
    private static final String PREFIX = "eas:web:session:";
    private static final int TOKEN_BYTES = 32;

    /** Base64url without padding: four characters per three bytes, rounded up. */
    private static final int TOKEN_LENGTH = (TOKEN_BYTES * 4 + 2) / 3;

    private final SecureRandom random = new SecureRandom();
    private final ReactiveRedisDataSource redis;
    private final ObjectMapper json;
    private final SyncConfig.Web config;

    WebSessions(ReactiveRedisDataSource redis, ObjectMapper json, SyncConfig config) {
        this.redis = redis;
        this.json = json;
        this.config = config.web();
    }

    /** A new session and the cookie value that names it. */
    public record Started(String cookieValue, WebSession session) {}

    public Uni<Started> start(AuthenticatedUser user) {
        String token = randomToken();
        WebSession session =
                new WebSession(user.id(), user.username(), user.email(), randomToken());
        String stored;
        try {
            stored = json.writeValueAsString(session);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return redis.value(String.class)
                .set(key(token), stored, new SetArgs().ex(config.sessionTtl()))
                .invoke(() -> LOG.infof("web session started for %s", user.username()))
                .replaceWith(new Started(token, session));
    }

    /** The session the cookie names, renewed; null when none (unknown, expired, signed out). */
    public Uni<WebSession> find(String cookieValue) {
        if (cookieValue == null || cookieValue.length() != TOKEN_LENGTH) {
            return Uni.createFrom().nullItem();
        }
        String key = key(cookieValue);
        return redis.value(String.class)
                .getex(key, new GetExArgs().ex(config.sessionTtl()))
                .map(this::parse);
    }

    public Uni<Void> end(String cookieValue) {
        if (cookieValue == null) {
            return Uni.createFrom().voidItem();
        }
        return redis.key(String.class).del(key(cookieValue)).replaceWithVoid();
    }

    /** Whether a form's token is the session's, compared in constant time. */
    public static boolean csrfMatches(WebSession session, String token) {
        return token != null
                && MessageDigest.isEqual(
                        session.csrf().getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8));
    }

    private WebSession parse(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, WebSession.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("unreadable web session ignored: %s", e.getOriginalMessage());
            return null;
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String key(String token) {
        return PREFIX + HexFormat.of().formatHex(Sha256.of(token));
    }
}
