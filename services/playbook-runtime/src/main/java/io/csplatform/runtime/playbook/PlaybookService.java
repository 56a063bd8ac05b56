package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.csplatform.runtime.catalog.Catalog;
import io.csplatform.runtime.execution.DelayedSteps;
import io.csplatform.runtime.matcher.PlaybookIndex;
import io.csplatform.runtime.playbook.Playbook.Status;
import io.csplatform.runtime.playbook.PlaybookAudit.Action;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Playbook use cases: create (version 1, DRAFT), read, update (a new immutable version), and the lifecycle
 * transitions; each change is audited in its own transaction and reloads the matcher's index.
 */
@ApplicationScoped
public class PlaybookService {

    private static final String INSERT_VERSION = """
            insert into playbook_version (playbook_id, version, definition, created_at, actor)
            values (:id, :version, :definition, :at, :actor)""";

    /** A lifecycle transition: the action audited, the states it leaves from, the state it leads to. */
    public enum Transition {
        ACTIVATE(Action.ACTIVATED, Set.of(Status.DRAFT, Status.INACTIVE, Status.MAINTENANCE), Status.ACTIVE),
        DEACTIVATE(Action.DEACTIVATED, Set.of(Status.ACTIVE, Status.MAINTENANCE), Status.INACTIVE),
        MAINTENANCE(Action.MAINTENANCE, Set.of(Status.ACTIVE), Status.MAINTENANCE),
        ARCHIVE(Action.ARCHIVED, Set.of(Status.DRAFT, Status.ACTIVE, Status.INACTIVE, Status.MAINTENANCE), Status.ARCHIVED);

        final Action action;
        final Set<Status> from;
        final Status to;

        Transition(Action action, Set<Status> from, Status to) {
            this.action = action;
            this.from = from;
            this.to = to;
        }
    }

    private final Mutiny.SessionFactory sessions;
    private final PlaybookValidator validator;
    private final PlaybookAudit audit;
    private final Clock clock;
    private final PlaybookIndex index;
    private final DelayedSteps delayedSteps;

    public PlaybookService(Mutiny.SessionFactory sessions, Catalog catalog, PlaybookAudit audit, Clock clock,
                           PlaybookIndex index, DelayedSteps delayedSteps) {
        this.sessions = sessions;
        this.validator = new PlaybookValidator(catalog);
        this.audit = audit;
        this.clock = clock;
        this.index = index;
        this.delayedSteps = delayedSteps;
    }

    public Uni<PlaybookView> create(String tenantId, String actor, JsonNode definition) {
        validate(definition);
        Playbook playbook = new Playbook();
        playbook.id = UUID.randomUUID();
        playbook.tenantId = tenantId;
        playbook.status = Status.DRAFT;
        playbook.version = 1;
        playbook.createdAt = clock.instant();
        apply(playbook, definition, playbook.createdAt);
        return sessions.withTransaction(session -> session.persist(playbook)
                .chain(session::flush)
                .chain(() -> insertVersion(session, playbook, definition, actor))
                .chain(() -> audit.record(session, playbook, actor, Action.CREATED, -1, null, playbook.createdAt, null))
                .replaceWith(view(playbook, definition)));
    }

    public Uni<PlaybookView> find(String tenantId, UUID id) {
        return sessions.withSession(session -> load(session, tenantId, id, false)
                .onItem().ifNotNull().transformToUni(playbook -> definition(session, playbook)
                        .map(definition -> view(playbook, definition))));
    }

    /**
     * A whole new document: version n+1; the state is kept (an ACTIVE playbook runs the new version from now on).
     * Steps still waiting under earlier versions run as their version defined them ({@link DelayedStepsPolicy#KEEP}),
     * or are skipped in this transaction ({@link DelayedStepsPolicy#CANCEL}); the audit entry records the choice.
     */
    public Uni<PlaybookView> update(String tenantId, String actor, UUID id, JsonNode definition, DelayedStepsPolicy policy) {
        validate(definition);
        return sessions.withTransaction(session -> load(session, tenantId, id, true)
                .onItem().ifNotNull().transformToUni(playbook -> {
                    if (playbook.status == Status.ARCHIVED) {
                        return Uni.createFrom().failure(notAllowed("update", playbook.status));
                    }
                    int fromVersion = playbook.version;
                    Instant now = clock.instant();
                    return definition(session, playbook).chain(before -> {
                        playbook.version = fromVersion + 1;
                        apply(playbook, definition, now);
                        return session.flush()
                                .chain(() -> insertVersion(session, playbook, definition, actor))
                                .chain(() -> delayedSteps(session, playbook, policy, now))
                                .chain(delayed -> audit.record(session, playbook, actor, Action.UPDATED, fromVersion,
                                        playbook.status, now, PlaybookAudit.changes(before, definition)
                                                .set(PlaybookAudit.DELAYED_STEPS, delayed)))
                                .replaceWith(view(playbook, definition));
                    });
                })).invoke(index::invalidate);
    }

    /** Applies the policy to the steps waiting under earlier versions; answers what the audit records of it. */
    private Uni<JsonNode> delayedSteps(Mutiny.Session session, Playbook playbook, DelayedStepsPolicy policy, Instant now) {
        var entry = EventJson.MAPPER.createObjectNode().put("policy", policy.value());
        return switch (policy) {
            case KEEP -> delayedSteps.waiting(session, playbook.id, playbook.version)
                    .map(waiting -> entry.put("waiting", waiting));
            case CANCEL -> delayedSteps.cancel(session, playbook.id, playbook.version,
                            "cancelled by the edit to version " + playbook.version + " (delayedSteps=cancel)", now)
                    .map(skipped -> entry.put("skipped", skipped));
        };
    }

    /** Moves a playbook along {@code transition}; 409 from a state it does not leave from. Archiving twice is a no-op. */
    public Uni<PlaybookView> transition(String tenantId, String actor, UUID id, Transition transition) {
        return sessions.withTransaction(session -> load(session, tenantId, id, true)
                .onItem().ifNotNull().transformToUni(playbook -> {
                    Status from = playbook.status;
                    if (transition == Transition.ARCHIVE && from == Status.ARCHIVED) {
                        return definition(session, playbook).map(definition -> view(playbook, definition));
                    }
                    if (!transition.from.contains(from)) {
                        return Uni.createFrom().failure(notAllowed(transition.name().toLowerCase(), from));
                    }
                    playbook.status = transition.to;
                    playbook.updatedAt = clock.instant();
                    return session.flush()
                            .chain(() -> audit.record(session, playbook, actor, transition.action, playbook.version,
                                    from, playbook.updatedAt, null))
                            .chain(() -> definition(session, playbook))
                            .map(definition -> view(playbook, definition));
                })).invoke(index::invalidate);
    }

    private void validate(JsonNode definition) {
        List<Problem.FieldError> errors = validator.validate(definition).stream()
                .map(e -> new Problem.FieldError(e.path(), e.message())).toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The playbook is not valid", errors));
        }
    }

    private static ProblemException notAllowed(String what, Status from) {
        return ProblemException.conflict("playbook-transition",
                "a playbook in state " + from + " cannot " + what + (from == Status.ARCHIVED ? ": it is archived" : ""));
    }

    private static void apply(Playbook playbook, JsonNode definition, Instant at) {
        playbook.name = definition.get("name").asText();
        playbook.triggerType = definition.path("trigger").path("type").asText();
        playbook.updatedAt = at;
    }

    private static Uni<Integer> insertVersion(Mutiny.Session session, Playbook playbook, JsonNode definition, String actor) {
        return session.createNativeQuery(INSERT_VERSION)
                .setParameter("id", playbook.id).setParameter("version", playbook.version)
                .setParameter("definition", EventJson.write(definition))
                .setParameter("at", playbook.updatedAt).setParameter("actor", actor)
                .executeUpdate();
    }

    private static Uni<Playbook> load(Mutiny.Session session, String tenantId, UUID id, boolean lock) {
        var query = session.createSelectionQuery("from Playbook where tenantId = :tenant and id = :id", Playbook.class)
                .setParameter("tenant", tenantId).setParameter("id", id);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getSingleResultOrNull();
    }

    static Uni<JsonNode> definition(Mutiny.Session session, Playbook playbook) {
        return session.createNativeQuery(
                        "select definition from playbook_version where playbook_id = :id and version = :version", String.class)
                .setParameter("id", playbook.id).setParameter("version", playbook.version)
                .getSingleResult()
                .map(PlaybookDefinitions::parse);
    }

    private static PlaybookView view(Playbook p, JsonNode definition) {
        return new PlaybookView(p.id, p.name, p.status, p.version, definition, p.createdAt, p.updatedAt);
    }
}
