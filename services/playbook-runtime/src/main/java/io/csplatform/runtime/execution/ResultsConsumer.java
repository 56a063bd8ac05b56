package io.csplatform.runtime.execution;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.payload.ActionResult;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;

/** Step results from the actions service: the step takes the result, the execution ends when no step is pending. */
@ApplicationScoped
public class ResultsConsumer {

    private static final String UPDATE_STEP = """
            update execution_step set status = :status, detail = :detail, updated_at = :at
            where execution_id = :execution and step = :step""";
    /** Ends a RUNNING execution once no step is pending: FAILED if a step failed, else COMPLETED. */
    static final String CLOSE_EXECUTION = """
            update execution e set status = case when exists (select 1 from execution_step s
                where s.execution_id = e.id and s.status = 'FAILED') then 'FAILED' else 'COMPLETED' end
            where e.id = :execution and e.status = 'RUNNING'
              and not exists (select 1 from execution_step s where s.execution_id = e.id and s.status in ('DISPATCHED', 'SCHEDULED'))""";

    private static final String STATUS = "select status from execution where id = :execution";

    private final IdempotentConsumer idempotent;
    private final Clock clock;
    private final AutoPause autoPause;

    public ResultsConsumer(IdempotentConsumer idempotent, Clock clock, AutoPause autoPause) {
        this.idempotent = idempotent;
        this.clock = clock;
        this.autoPause = autoPause;
    }

    @Incoming("action-results")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        ActionResult result = message.payload(ActionMessages.ACTION_RESULT);
        return idempotent.apply("runtime.action-results", message, session -> session.createNativeQuery(UPDATE_STEP)
                .setParameter("status", result.status().name()).setParameter("detail", result.detail())
                .setParameter("at", clock.instant())
                .setParameter("execution", result.source().executionId()).setParameter("step", result.source().step())
                .executeUpdate()
                .chain(() -> session.createNativeQuery(CLOSE_EXECUTION)
                        .setParameter("execution", result.source().executionId()).executeUpdate())
                .chain(closed -> closed == 0 ? Uni.createFrom().voidItem()
                        : session.createNativeQuery(STATUS, String.class)
                        .setParameter("execution", result.source().executionId()).getSingleResult()
                        .invoke(status -> RuntimeMeters.execution(result.source().playbookId(), status))
                        .replaceWithVoid())
                .chain(() -> result.status() == ActionResult.Status.FAILED
                        ? autoPause.check(session, result.source().playbookId()) : Uni.createFrom().item(false)));
    }
}
