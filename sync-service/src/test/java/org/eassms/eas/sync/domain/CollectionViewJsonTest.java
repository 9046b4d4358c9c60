package org.eassms.eas.sync.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.common.BodyPreference;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.view.CollectionView;
import org.eassms.eas.sync.view.Horizon;
import org.eassms.eas.sync.view.OptionBlocks;
import org.eassms.eas.sync.view.Withdrawal;
import org.junit.jupiter.api.Test;

class CollectionViewJsonTest {
    private final CollectionViewJson column = new CollectionViewJson();

    @Test
    void everyPartOfAViewIsReadBackAsItWasWritten() {
        Map<ItemClass, Horizon> horizons = new LinkedHashMap<>();
        horizons.put(
                ItemClass.SMS, Horizon.through(Instant.parse("2026-11-30T10:00:00.123456Z"), 42));
        horizons.put(ItemClass.EMAIL, Horizon.at(Instant.parse("2026-11-01T00:00:00Z")));
        CollectionView view =
                new CollectionView(
                        981,
                        OptionBlocks.of(
                                List.of(
                                        new SyncOptions(
                                                null,
                                                2,
                                                List.of(new BodyPreference(2, 5120L, true, 255)),
                                                0,
                                                1,
                                                3,
                                                50),
                                        SyncOptions.sms(3, null))),
                        List.of(
                                new Withdrawal(ItemClass.SMS, 3),
                                new Withdrawal(ItemClass.EMAIL, null)),
                        17,
                        horizons);

        assertEquals(view, column.convertToEntityAttribute(column.convertToDatabaseColumn(view)));
    }

    @Test
    void theOptionsOfStatesStoredBeforeTheViewAreRead() {
        // As the Quarkus ObjectMapper wrote sticky options before ADR 8, carried over by V12.
        String stored =
                "{\"modseq\":5,\"options\":[{\"itemClass\":\"SMS\",\"filterType\":null,"
                        + "\"bodyPreferences\":[{\"type\":1,\"truncationSize\":null,"
                        + "\"allOrNone\":null,\"preview\":null}],\"conflict\":null,"
                        + "\"mimeSupport\":null,\"mimeTruncation\":null,\"maxItems\":null,"
                        + "\"sms\":true}],\"withdrawals\":[],\"withdrawnThroughId\":0,"
                        + "\"horizons\":{}}";

        CollectionView view = column.convertToEntityAttribute(stored);

        assertEquals(OptionBlocks.of(List.of(SyncOptions.sms(null, null))), view.options());
        assertEquals(5, view.modseq());
    }

    @Test
    void aDamagedValueIsAnErrorNotAnEmptyView() {
        assertThrows(
                IllegalStateException.class, () -> column.convertToEntityAttribute("{\"modseq\""));
    }
}
