package org.eassms.eas.sync.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eassms.eas.protocol.sync.ItemClass;
import org.eassms.eas.protocol.sync.SyncOptions;
import org.eassms.eas.sync.view.CollectionView;
import org.eassms.eas.sync.view.Horizon;
import org.eassms.eas.sync.view.OptionBlocks;
import org.eassms.eas.sync.view.Withdrawal;

/**
 * A {@link CollectionView} as it is stored, one JSON document per column (ADR 8):
 *
 * <pre>{@code
 * {"modseq": 42,
 *  "options": [{"itemClass": "SMS", "filterType": 3, "bodyPreferences": [...], ...}],
 *  "withdrawals": [{"itemClass": "Email", "filterType": null}],
 *  "withdrawnThroughId": 17,
 *  "horizons": {"SMS": {"date": "2026-11-30T10:00:00Z", "id": 0}}}
 * }</pre>
 *
 * The shape is written field by field, not by reflection over the records, so that renaming a Java
 * field can never silently change what is stored. Members it does not know are ignored, so a
 * rolled-back version still reads what a newer one wrote.
 */
@Converter
public class CollectionViewJson implements AttributeConverter<CollectionView, String> {
    private static final ObjectMapper JSON =
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Override
    public String convertToDatabaseColumn(CollectionView view) {
        if (view == null) {
            return null;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("modseq", view.modseq());
        root.set("options", JSON.valueToTree(view.options().blocks()));
        ArrayNode withdrawals = root.putArray("withdrawals");
        for (Withdrawal w : view.withdrawals()) {
            withdrawals
                    .addObject()
                    .put("itemClass", w.itemClass().text())
                    .put("filterType", w.filterType());
        }
        root.put("withdrawnThroughId", view.withdrawnThroughId());
        ObjectNode horizons = root.putObject("horizons");
        view.horizons()
                .forEach(
                        (itemClass, h) ->
                                horizons.putObject(itemClass.text())
                                        .put("date", h.date().toString())
                                        .put("id", h.id()));
        return root.toString();
    }

    @Override
    public CollectionView convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(text);
            List<SyncOptions> blocks = new ArrayList<>();
            for (JsonNode block : root.path("options")) {
                blocks.add(JSON.treeToValue(block, SyncOptions.class));
            }
            List<Withdrawal> withdrawals = new ArrayList<>();
            for (JsonNode w : root.path("withdrawals")) {
                JsonNode filterType = w.path("filterType");
                withdrawals.add(
                        new Withdrawal(
                                itemClass(w.path("itemClass").asText()),
                                filterType.isIntegralNumber() ? filterType.intValue() : null));
            }
            Map<ItemClass, Horizon> horizons = new LinkedHashMap<>();
            root.path("horizons")
                    .fields()
                    .forEachRemaining(
                            e ->
                                    horizons.put(
                                            itemClass(e.getKey()),
                                            new Horizon(
                                                    Instant.parse(
                                                            e.getValue().path("date").asText()),
                                                    e.getValue().path("id").asLong())));
            return new CollectionView(
                    root.path("modseq").asLong(),
                    OptionBlocks.of(blocks),
                    withdrawals,
                    root.path("withdrawnThroughId").asLong(),
                    horizons);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("stored collection view unreadable: " + text, e);
        }
    }

    private static ItemClass itemClass(String text) {
        ItemClass itemClass = ItemClass.named(text);
        if (itemClass == null) {
            throw new IllegalArgumentException("no item class " + text);
        }
        return itemClass;
    }
}
