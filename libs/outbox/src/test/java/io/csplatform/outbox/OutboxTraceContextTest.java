package io.csplatform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTraceContextTest {

    private static final Map<String, String> HEADERS = Map.of("ce_id", "1", "ce_type", "contract.created");

    @Test
    void theCurrentSpanRidesInTheOutboxHeadersAsAW3cTraceparent() {
        SpanContext span = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault());
        try (Scope ignored = Context.root().with(Span.wrap(span)).makeCurrent()) {
            assertThat(Outbox.withTraceContext(HEADERS))
                    .containsAllEntriesOf(HEADERS)
                    .containsEntry("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        }
    }

    @Test
    void withoutASpanTheHeadersAreTheCloudEventsOnes() {
        assertThat(Outbox.withTraceContext(HEADERS)).isEqualTo(HEADERS);
    }
}
