package org.eassms.eas.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * What a tracing backend would receive from the services: an OTLP/HTTP endpoint (protobuf, as the
 * services export with {@code http/protobuf}) that keeps every span it is sent. Its decoder reads
 * only the fields the tests look at, straight from the wire format of opentelemetry-proto's
 * trace.proto, so the tests need no protobuf library.
 */
final class OtlpTraceReceiver implements AutoCloseable {

    /** One span as received, ids as lower-case hex, attribute values as text. */
    record ReceivedSpan(
            String service,
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            Map<String, String> attributes,
            List<String> linkedSpanIds) {

        String attribute(String key) {
            return attributes.get(key);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> paths = new ConcurrentLinkedQueue<>();

    OtlpTraceReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::receive);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
    }

    /** The base URL to give as the services' OTLP endpoint. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every span received so far of that trace. */
    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    /** Every span received so far. */
    List<ReceivedSpan> all() {
        return List.copyOf(spans);
    }

    /** The paths the services posted to (an OTLP/HTTP exporter posts to {@code /v1/traces}). */
    List<String> paths() {
        return List.copyOf(paths);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if ("gzip"
                    .equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                }
            }
            paths.add(exchange.getRequestURI().getPath());
            int status = 200;
            try {
                spans.addAll(exportRequest(body));
            } catch (RuntimeException malformed) {
                status = 400;
            }
            // An empty ExportTraceServiceResponse: zero bytes of protobuf.
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** ExportTraceServiceRequest: 1 resource_spans. */
    private static List<ReceivedSpan> exportRequest(byte[] bytes) {
        List<ReceivedSpan> received = new ArrayList<>();
        Wire wire = new Wire(bytes);
        while (wire.more()) {
            int field = wire.tag();
            if (field == 1) {
                resourceSpans(wire.message(), received);
            } else {
                wire.skip();
            }
        }
        return received;
    }

    /** ResourceSpans: 1 resource, 2 scope_spans. */
    private static void resourceSpans(Wire wire, List<ReceivedSpan> received) {
        String service = null;
        List<Wire> scopes = new ArrayList<>();
        while (wire.more()) {
            int field = wire.tag();
            if (field == 1) {
                service = resource(wire.message()).get("service.name");
            } else if (field == 2) {
                scopes.add(wire.message());
            } else {
                wire.skip();
            }
        }
        for (Wire scope : scopes) {
            while (scope.more()) {
                if (scope.tag() == 2) {
                    received.add(span(scope.message(), service));
                } else {
                    scope.skip();
                }
            }
        }
    }

    /** Resource: 1 attributes. */
    private static Map<String, String> resource(Wire wire) {
        Map<String, String> attributes = new HashMap<>();
        while (wire.more()) {
            if (wire.tag() == 1) {
                keyValue(wire.message(), attributes);
            } else {
                wire.skip();
            }
        }
        return attributes;
    }

    /**
     * Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 9 attributes, 13 links (Link: 1
     * trace_id, 2 span_id).
     */
    private static ReceivedSpan span(Wire wire, String service) {
        String traceId = null;
        String spanId = null;
        String parent = "";
        String name = null;
        Map<String, String> attributes = new HashMap<>();
        List<String> links = new ArrayList<>();
        while (wire.more()) {
            switch (wire.tag()) {
                case 1 -> traceId = wire.hex();
                case 2 -> spanId = wire.hex();
                case 4 -> parent = wire.hex();
                case 5 -> name = wire.string();
                case 9 -> keyValue(wire.message(), attributes);
                case 13 -> links.add(linkedSpan(wire.message()));
                default -> wire.skip();
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, attributes, links);
    }

    private static String linkedSpan(Wire link) {
        String spanId = null;
        while (link.more()) {
            if (link.tag() == 2) {
                spanId = link.hex();
            } else {
                link.skip();
            }
        }
        return spanId;
    }

    /** KeyValue: 1 key, 2 value (AnyValue: 1 string, 2 bool, 3 int). */
    private static void keyValue(Wire wire, Map<String, String> into) {
        String key = null;
        String value = null;
        while (wire.more()) {
            int field = wire.tag();
            if (field == 1) {
                key = wire.string();
            } else if (field == 2) {
                Wire any = wire.message();
                while (any.more()) {
                    switch (any.tag()) {
                        case 1 -> value = any.string();
                        case 2 -> value = Boolean.toString(any.varint() != 0);
                        case 3 -> value = Long.toString(any.varint());
                        default -> any.skip();
                    }
                }
            } else {
                wire.skip();
            }
        }
        if (key != null) {
            into.put(key, value);
        }
    }

    /** The protobuf wire format: tags, varints, length-delimited fields, fixed widths. */
    private static final class Wire {
        private final byte[] bytes;
        private int position;
        private final int end;
        private int wireType;

        Wire(byte[] bytes) {
            this(bytes, 0, bytes.length);
        }

        private Wire(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.position = from;
            this.end = to;
        }

        boolean more() {
            return position < end;
        }

        /** Reads a tag; returns its field number. */
        int tag() {
            long tag = varint();
            wireType = (int) (tag & 7);
            return (int) (tag >>> 3);
        }

        long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        Wire message() {
            int length = (int) varint();
            if (length < 0 || position + length > end) {
                throw new IllegalArgumentException("field longer than its message");
            }
            Wire inner = new Wire(bytes, position, position + length);
            position += length;
            return inner;
        }

        String string() {
            Wire field = message();
            return new String(
                    bytes, field.position, field.end - field.position, StandardCharsets.UTF_8);
        }

        String hex() {
            Wire field = message();
            return HexFormat.of().formatHex(bytes, field.position, field.end);
        }

        void skip() {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> position += 8;
                case 2 -> message();
                case 5 -> position += 4;
                default -> throw new IllegalArgumentException("wire type " + wireType);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
