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

    public Uni<Void> send(Mail mail) {
        return Uni.createFrom().deferred(() -> {
            io.vertx.core.Context vertx = io.vertx.core.Vertx.currentContext();
            Object command = vertx == null ? null : vertx.getLocal(COMMAND_TRACE);
            Span span = tracer.spanBuilder("smtp send").setSpanKind(SpanKind.CLIENT)
                    .setParent(command instanceof io.opentelemetry.context.Context trace ? trace
                            : io.opentelemetry.context.Context.current())
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
