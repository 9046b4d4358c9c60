package org.eassms.eas.contract;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * The trace context of an SMS where no instrumented transport carries it: written as a W3C {@code
 * traceparent} ({@code 00-<trace id>-<span id>-<flags>}) into the outbox row, which is published
 * long after the request that wrote it ended, and into the {@link Wake} message on Redis. Kafka
 * records carry it in their headers through the messaging instrumentation, HTTP calls through the
 * REST instrumentation. With tracing off (no SDK) every method here returns "none".
 */
public final class TraceParent {
    /** The W3C header and Kafka record header that carries it. */
    public static final String HEADER = "traceparent";

    /** The longest traceparent this project writes (version 00): the width of its columns. */
    public static final int MAX_LENGTH = 55;

    private static final TextMapGetter<Map<String, String>> FROM_MAP =
            new TextMapGetter<>() {
                @Override
                public Iterable<String> keys(Map<String, String> carrier) {
                    return carrier.keySet();
                }

                @Override
                public String get(Map<String, String> carrier, String key) {
                    return carrier == null ? null : carrier.get(key);
                }
            };

    private TraceParent() {}

    /** The traceparent of the span current on this thread or Vert.x context, or null. */
    public static String current() {
        return of(Context.current());
    }

    /** The traceparent of the context's span, or null when it has none (tracing off). */
    public static String of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The traceparent of a span, or null when it is not a real one. */
    public static String of(Span span) {
        return of(Context.root().with(span));
    }

    /**
     * The remote parent a traceparent names, to start spans under; the root context (a new trace)
     * when it is null or malformed: a bad trace header never stops an SMS.
     */
    public static Context parse(String traceparent) {
        if (traceparent == null || traceparent.length() > MAX_LENGTH) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance()
                .extract(Context.root(), Map.of(HEADER, traceparent), FROM_MAP);
    }

    /** The trace id of a traceparent (32 hex digits), or null when it names none. */
    public static String traceIdOf(String traceparent) {
        SpanContext span = Span.fromContext(parse(traceparent)).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
