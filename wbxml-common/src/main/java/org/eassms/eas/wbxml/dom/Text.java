package org.eassms.eas.wbxml.dom;

import java.util.Objects;

/** Character content of an element (a WBXML STR_I). */
public record Text(String value) implements Node {
    public Text {
        Objects.requireNonNull(value, "value");
    }
}
