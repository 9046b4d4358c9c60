package org.eassms.eas.sync.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eassms.eas.protocol.sync.ItemClass;

/** An item's class as {@code eas_item.item_class} has always held it: the Class element's text. */
@Converter
public class ItemClassColumn implements AttributeConverter<ItemClass, String> {
    @Override
    public String convertToDatabaseColumn(ItemClass itemClass) {
        return itemClass == null ? null : itemClass.text();
    }

    @Override
    public ItemClass convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        ItemClass itemClass = ItemClass.named(text);
        if (itemClass == null) {
            throw new IllegalStateException("stored item class unknown: " + text);
        }
        return itemClass;
    }
}
