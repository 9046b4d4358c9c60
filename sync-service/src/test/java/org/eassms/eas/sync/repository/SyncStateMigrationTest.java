package org.eassms.eas.sync.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.domain.CollectionViewJson;
import org.eassms.eas.sync.view.CollectionView;
import org.eassms.eas.sync.view.Horizon;
import org.eassms.eas.sync.view.OptionBlocks;
import org.eassms.eas.sync.view.Withdrawal;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V12 carries the sync states of devices already in the field over to the one-value view: in a
 * schema of its own, the migrations up to V11 run, states in the old columns are written as the
 * service wrote them, then V12 runs and the views are read as the service reads them.
 */
class SyncStateMigrationTest {
    private static final String URL =
            System.getProperty("eas.test.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String SCHEMA = "eas_view_migration_test";

    private Connection db;

    @BeforeEach
    void oldSchema() throws SQLException {
        db = DriverManager.getConnection(URL, "postgres", "");
        dropSchema();
        flyway("11").migrate();
        try (Statement sql = db.createStatement()) {
            sql.execute("set search_path to " + SCHEMA);
            sql.execute(
                    "insert into eas_user (id, username, email, password_hash)"
                            + " values (1, 'ann', 'ann@example.org', 'x')");
            sql.execute(
                    "insert into eas_device (id, user_id, device_id, device_type)"
                            + " values (7, 1, 'PHONE1', 'Android')");
        }
    }

    @AfterEach
    void cleanUp() throws SQLException {
        dropSchema();
        db.close();
    }

    private void dropSchema() throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(URL, "postgres", "")
                .schemas(SCHEMA)
                .table("flyway_sync_history")
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @Test
    void everyOldFormatBecomesTheSameView() throws SQLException {
        try (Statement sql = db.createStatement()) {
            // Draining Email (no filter) then SMS under FilterType 3, 17 items done; an SMS
            // horizon; and the previous copy a retry needs.
            sql.execute(
                    "insert into eas_sync_state (device_pk, collection_id, sync_key, modseq,"
                            + " options, drain_classes, drain_after_id, horizons, prev_sync_key,"
                            + " prev_modseq, prev_options, prev_drain_classes, prev_drain_after_id,"
                            + " prev_horizons) values (7, '5', 4, 981,"
                            + " '[{\"itemClass\":\"SMS\",\"filterType\":1,\"bodyPreferences\":[],"
                            + "\"sms\":true}]', 'Email,SMS:3', 17,"
                            + " 'SMS@2026-11-30T10:00:00.123456Z#42', 3, 950, null, null, null,"
                            + " null)");
            // A state from before horizons and drains: options only, no previous key.
            sql.execute(
                    "insert into eas_sync_state (device_pk, collection_id, sync_key, modseq,"
                            + " options) values (7, '6', 1, 0, null)");
        }

        flyway("latest").migrate();

        CollectionView current = view("5", "view");
        assertEquals(981, current.modseq());
        assertEquals(
                OptionBlocks.of(List.of(SyncOptions.sms(1, null))).wantedClasses(),
                current.options().wantedClasses());
        assertEquals(1, current.options().blockFor(ItemClass.SMS).filterType());
        assertEquals(
                List.of(new Withdrawal(ItemClass.EMAIL, null), new Withdrawal(ItemClass.SMS, 3)),
                current.withdrawals());
        assertEquals(17, current.withdrawnThroughId());
        assertEquals(
                Map.of(
                        ItemClass.SMS,
                        Horizon.through(Instant.parse("2026-11-30T10:00:00.123456Z"), 42)),
                current.horizons());

        CollectionView previous = view("5", "prev_view");
        assertEquals(CollectionView.startingWith(OptionBlocks.NONE).sentUpTo(950), previous);

        assertEquals(CollectionView.startingWith(OptionBlocks.NONE), view("6", "view"));
        assertNull(view("6", "prev_view"));
        try (Statement sql = db.createStatement();
                ResultSet keys =
                        sql.executeQuery(
                                "select sync_key, prev_sync_key from eas_sync_state"
                                        + " where collection_id = '5'")) {
            assertTrue(keys.next());
            assertEquals(4, keys.getInt(1));
            assertEquals(3, keys.getInt(2));
        }
    }

    private CollectionView view(String collectionId, String column) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet row =
                        sql.executeQuery(
                                "select "
                                        + column
                                        + " from eas_sync_state where collection_id = '"
                                        + collectionId
                                        + "'")) {
            assertTrue(row.next());
            return new CollectionViewJson().convertToEntityAttribute(row.getString(1));
        }
    }
}
