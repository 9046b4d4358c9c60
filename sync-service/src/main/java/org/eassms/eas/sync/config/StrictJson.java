package org.eassms.eas.sync.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON is read as written, or refused with 400 (through MalformedJsonMapper): an object that names
 * a key twice ({@code {"to": A, "to": B}} is ambiguous, and which one a proxy or a log shows is not
 * the one the server would send to), anything after the value, a number or a boolean where text is
 * expected (a phone number sent as a number has lost its leading + or zeros), and a body too large
 * or too deep for what the API takes (413 through MalformedJsonMapper).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /**
     * The largest JSON body the API reads (an SMS is at most 1,600 characters): 413 beyond, so that
     * megabytes of unknown fields cost nothing but their transfer.
     */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024;

    /** The deepest nesting read: the API's bodies are flat objects. */
    private static final int MAX_NESTING = 16;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder()
                                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                                .maxNestingDepth(MAX_NESTING)
                                .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
