package io.csplatform.e2e;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A tiny OTLP/HTTP trace receiver for the end-to-end tests: every service exports its spans here
 * ({@code POST /v1/traces}, {@code http/protobuf}); it decodes the few fields the tests look at (service name, trace id,
 * span and parent ids, span name, kind) straight from the protobuf wire format, no generated classes needed.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One received span. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    byte[] bytes = body.readAllBytes();
                    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                        bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
                    }
                    receiver.spans.addAll(decode(bytes));
                    exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, -1);
                } catch (RuntimeException e) {
                    exchange.sendResponseHeaders(400, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the OTLP receiver", e);
        }
    }

    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; } */
    static List<ReceivedSpan> decode(byte[] request) {
        List<ReceivedSpan> result = new ArrayList<>();
        for (Field resourceSpans : fields(request)) {
            if (resourceSpans.number != 1) {
                continue;
            }
            String service = "";
            List<byte[]> scopeSpans = new ArrayList<>();
            for (Field field : fields(resourceSpans.bytes)) {
                if (field.number == 1) { // Resource { repeated KeyValue attributes = 1; }
                    for (Field attribute : fields(field.bytes)) {
                        if (attribute.number == 1) {
                            String[] keyValue = keyValue(attribute.bytes);
                            if ("service.name".equals(keyValue[0])) {
                                service = keyValue[1];
                            }
                        }
                    }
                } else if (field.number == 2) {
                    scopeSpans.add(field.bytes);
                }
            }
            for (byte[] scope : scopeSpans) { // ScopeSpans { scope = 1; repeated Span spans = 2; }
                for (Field span : fields(scope)) {
                    if (span.number == 2) {
                        result.add(span(service, span.bytes));
                    }
                }
            }
        }
        return result;
    }

    /** Span { bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5; SpanKind kind = 6; } */
    private static ReceivedSpan span(String service, byte[] bytes) {
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        int kind = 0;
        for (Field field : fields(bytes)) {
            switch (field.number) {
                case 1 -> traceId = HexFormat.of().formatHex(field.bytes);
                case 2 -> spanId = HexFormat.of().formatHex(field.bytes);
                case 4 -> parent = HexFormat.of().formatHex(field.bytes);
                case 5 -> name = new String(field.bytes, StandardCharsets.UTF_8);
                case 6 -> kind = (int) field.varint;
                default -> { }
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind);
    }

    /** KeyValue { string key = 1; AnyValue value = 2; } with AnyValue { string string_value = 1; ... } */
    private static String[] keyValue(byte[] bytes) {
        String key = "";
        String value = "";
        for (Field field : fields(bytes)) {
            if (field.number == 1) {
                key = new String(field.bytes, StandardCharsets.UTF_8);
            } else if (field.number == 2) {
                for (Field any : fields(field.bytes)) {
                    if (any.number == 1) {
                        value = new String(any.bytes, StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return new String[] {key, value};
    }

    private record Field(int number, long varint, byte[] bytes) {
    }

    /** The top-level fields of one protobuf message (varint, 64-bit, length-delimited and 32-bit wire types). */
    private static List<Field> fields(byte[] message) {
        List<Field> fields = new ArrayList<>();
        int[] position = {0};
        while (position[0] < message.length) {
            long tag = varint(message, position);
            int number = (int) (tag >>> 3);
            int wireType = (int) (tag & 7);
            switch (wireType) {
                case 0 -> fields.add(new Field(number, varint(message, position), null));
                case 1 -> position[0] += 8;
                case 2 -> {
                    int length = (int) varint(message, position);
                    byte[] bytes = new byte[length];
                    System.arraycopy(message, position[0], bytes, 0, length);
                    position[0] += length;
                    fields.add(new Field(number, 0, bytes));
                }
                case 5 -> position[0] += 4;
                default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wireType);
            }
        }
        return fields;
    }

    private static long varint(byte[] bytes, int[] position) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[position[0]++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

}
