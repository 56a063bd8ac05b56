package io.csplatform.journeys.board;

import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.BoardTaskCompleted;
import io.csplatform.events.payload.BoardTaskCreated;
import io.csplatform.journeys.support.Change;
import io.csplatform.journeys.support.Events;
import io.csplatform.journeys.support.KnownCustomers;
import io.csplatform.journeys.task.DueDates;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** The CSM board: personal cards created (by the CSM or a playbook) and completed, each with its event. */
@ApplicationScoped
public class BoardService {

    static final String OPEN = "open";
    static final String DONE = "done";
    private static final int SLOT_MINUTES = 15;
    private static final int MAX_MINUTES = 24 * 60;

    private final Mutiny.SessionFactory sessions;
    private final Events events;
    private final Clock clock;
    private final KnownCustomers customers;

    public BoardService(Mutiny.SessionFactory sessions, Events events, Clock clock, KnownCustomers customers) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.customers = customers;
    }

    /** A card the caller adds to their own board; the customer it names must be one of the tenant's (404 otherwise). */
    public Uni<BoardTaskView> create(Change change, BoardCard card) {
        return sessions.withTransaction(session -> customers.require(session, change.tenantId(), card.customerId())
                .chain(() -> create(session, change, change.userId(), card))).map(BoardTaskView::of);
    }

    /** Adds the card to {@code userId}'s board; a duration that is not a positive multiple of 15 minutes is a 400. */
    public Uni<BoardTask> create(Mutiny.Session session, Change change, String userId, BoardCard card) {
        int minutes = card.durationMinutes();
        if (minutes <= 0 || minutes > MAX_MINUTES || minutes % SLOT_MINUTES != 0) {
            return Uni.createFrom().failure(ProblemException.invalidField("durationMinutes",
                    "must be a multiple of 15 minutes, from 15 to 1440; was " + minutes));
        }
        BoardTask task = new BoardTask();
        task.id = UUID.randomUUID();
        task.tenantId = change.tenantId();
        task.userId = userId;
        task.customerId = card.customerId();
        task.title = card.title().strip();
        task.startAt = start(card.startAt(), card.skipWeekends());
        task.durationMinutes = minutes;
        task.mainContact = card.mainContact();
        task.labels = card.labels() == null ? List.of() : List.copyOf(card.labels());
        task.skipWeekends = card.skipWeekends();
        task.status = OPEN;
        task.createdAt = clock.instant();
        BoardTaskCreated event = new BoardTaskCreated(task.id, task.customerId, userId, task.title, task.labels,
                task.startAt, minutes, task.mainContact, task.skipWeekends, change.source());
        return session.persist(task)
                .chain(() -> events.publish(session, change, JourneyMessages.BOARD_TASK_CREATED, task.customerId, event))
                .replaceWith(task);
    }

    public Uni<BoardTaskView> complete(Change change, UUID id) {
        return sessions.withTransaction(session -> session.find(BoardTask.class, id, LockMode.PESSIMISTIC_WRITE)
                        .map(task -> task != null && task.tenantId.equals(change.tenantId())
                                && task.userId.equals(change.userId()) ? task : null)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("board task"))
                        .chain(task -> complete(session, change, task)))
                .map(BoardTaskView::of);
    }

    /** A page of the caller's cards by start time (then id), after the cursor's card. */
    public Uni<Page<BoardTaskView>> mine(Change change, Paging.Cursor after, int limit) {
        String seek = after == null ? "" : " and (startAt > :at or (startAt = :at and id > :id))";
        return sessions.withSession(session -> {
            var query = session.createSelectionQuery("from BoardTask where tenantId = :tenant and userId = :user" + seek
                            + " order by startAt, id", BoardTask.class)
                    .setParameter("tenant", change.tenantId()).setParameter("user", change.userId())
                    .setMaxResults(limit + 1);
            if (after != null) {
                query.setParameter("at", after.at()).setParameter("id", after.id());
            }
            return query.getResultList().map(tasks -> Paging.page(tasks, limit, BoardTaskView::of,
                    view -> new Paging.Cursor(view.startAt(), view.id())));
        });
    }

    private Uni<BoardTask> complete(Mutiny.Session session, Change change, BoardTask task) {
        if (DONE.equals(task.status)) {
            return Uni.createFrom().failure(ProblemException.conflict("board-task-already-completed",
                    "board task " + task.id + " is already completed"));
        }
        task.status = DONE;
        task.completedAt = clock.instant();
        BoardTaskCompleted event = new BoardTaskCompleted(task.id, task.customerId, task.userId, task.title,
                task.labels, task.completedAt);
        return events.publish(session, change, JourneyMessages.BOARD_TASK_COMPLETED, task.customerId, event)
                .replaceWith(task);
    }

    /** Saturday and Sunday starts move to Monday at the same time of day (UTC) when skipping weekends. */
    static Instant start(Instant startAt, boolean skipWeekends) {
        ZonedDateTime start = startAt.atZone(ZoneOffset.UTC);
        LocalDate day = DueDates.due(start.toLocalDate(), 0, skipWeekends);
        return startAt.plus(Duration.ofDays(day.toEpochDay() - start.toLocalDate().toEpochDay()));
    }
}
