package io.csplatform.actions.email;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hands an e-mail to SMTP inside a client span {@code smtp send} (a child of the command's trace, so a contract's
 * path ends at its e-mail in one trace). A no-op span while tracing is off.
 */
@ApplicationScoped
public class SmtpSend {

    /**
     * Key of the command's trace context in its record's Vert.x context (put there by the actions consumer): the
     * parent of the send's span, whatever other instrumentation made current on that context meanwhile.
     */
    public static final String COMMAND_TRACE = "cs.actions.command-trace";

    private final ReactiveMailer mailer;
    private final Tracer tracer;

    public SmtpSend(ReactiveMailer mailer, Tracer tracer) {
        this.mailer = mailer;
        this.tracer = tracer;
    }

    /**
     * The command's trace, read where the command starts (on its record's Vert.x context): callers take it there
     * and hand it to {@link #send}, since the send itself may continue on another context (after a claim's
     * transaction) where that local is gone and another span is current.
     */
    public static io.opentelemetry.context.Context commandTrace() {
        io.vertx.core.Context vertx = io.vertx.core.Vertx.currentContext();
        Object command = vertx == null ? null : vertx.getLocal(COMMAND_TRACE);
        return command instanceof io.opentelemetry.context.Context trace ? trace
                : io.opentelemetry.context.Context.current();
    }

    /** Sends {@code mail} in a span that is a child of {@code parent} (the {@link #commandTrace()} of its command). */
    public Uni<Void> send(Mail mail, io.opentelemetry.context.Context parent) {
        return Uni.createFrom().deferred(() -> {
            Span span = tracer.spanBuilder("smtp send").setSpanKind(SpanKind.CLIENT).setParent(parent)
                    .setAttribute("email.recipients", mail.getTo().size())
                    .startSpan();
            return mailer.send(mail).onItemOrFailure().invoke((ok, failure) -> {
                if (failure != null) {
                    span.recordException(failure);
                    span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
                }
                span.end();
            });
        });
    }
}
