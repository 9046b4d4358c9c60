package org.eassms.eas.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * The configured outbox table name, checked once: it is spliced into SQL (identifiers cannot be
 * bound as parameters), so only a plain lower-case identifier is accepted.
 */
@ApplicationScoped
public class OutboxTable {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String name;

    OutboxTable(OutboxConfig config) {
        if (!IDENTIFIER.matcher(config.table()).matches()) {
            throw new IllegalArgumentException(
                    "eas.outbox.table must be a plain identifier: " + config.table());
        }
        this.name = config.table();
    }

    /** The table, which is also the NOTIFY channel its trigger fires. */
    public String name() {
        return name;
    }
}
