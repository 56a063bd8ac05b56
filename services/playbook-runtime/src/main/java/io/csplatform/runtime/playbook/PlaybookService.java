package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.csplatform.runtime.catalog.Catalog;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Playbook use cases: create (version 1, DRAFT), read, activate. */
@ApplicationScoped
public class PlaybookService {

    private static final String INSERT_VERSION = """
            insert into playbook_version (playbook_id, version, definition, created_at) values (:id, :version, :definition, :at)""";

    private final Mutiny.SessionFactory sessions;
    private final PlaybookValidator validator;
    private final Clock clock;
    private final io.csplatform.runtime.matcher.PlaybookIndex index;

    public PlaybookService(Mutiny.SessionFactory sessions, Catalog catalog, Clock clock,
                           io.csplatform.runtime.matcher.PlaybookIndex index) {
        this.sessions = sessions;
        this.validator = new PlaybookValidator(catalog);
        this.clock = clock;
        this.index = index;
    }

    public Uni<PlaybookView> create(String tenantId, JsonNode definition) {
        List<Problem.FieldError> errors = validator.validate(definition).stream()
                .map(e -> new Problem.FieldError(e.path(), e.message())).toList();
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(Problem.invalid("The playbook is not valid", errors)));
        }
        Playbook playbook = new Playbook();
        playbook.id = UUID.randomUUID();
        playbook.tenantId = tenantId;
        playbook.name = definition.get("name").asText();
        playbook.status = Playbook.Status.DRAFT;
        playbook.version = 1;
        playbook.triggerType = definition.path("trigger").path("type").asText();
        playbook.createdAt = clock.instant();
        playbook.updatedAt = playbook.createdAt;
        return sessions.withTransaction(session -> session.persist(playbook)
                .chain(session::flush)
                .chain(() -> session.createNativeQuery(INSERT_VERSION)
                        .setParameter("id", playbook.id).setParameter("version", playbook.version)
                        .setParameter("definition", EventJson.write(definition))
                        .setParameter("at", playbook.createdAt)
                        .executeUpdate())
                .replaceWith(view(playbook, definition)));
    }

    public Uni<PlaybookView> find(String tenantId, UUID id) {
        return sessions.withSession(session -> load(session, tenantId, id)
                .onItem().ifNotNull().transformToUni(playbook -> definition(session, playbook)
                        .map(definition -> view(playbook, definition))));
    }

    public Uni<PlaybookView> activate(String tenantId, UUID id) {
        return sessions.withTransaction(session -> load(session, tenantId, id)
                .onItem().ifNotNull().transformToUni(playbook -> {
                    playbook.status = Playbook.Status.ACTIVE;
                    playbook.updatedAt = clock.instant();
                    return definition(session, playbook).map(definition -> view(playbook, definition));
                })).invoke(index::invalidate);
    }

    private static Uni<Playbook> load(Mutiny.Session session, String tenantId, UUID id) {
        return session.createSelectionQuery("from Playbook where tenantId = :tenant and id = :id", Playbook.class)
                .setParameter("tenant", tenantId).setParameter("id", id)
                .getSingleResultOrNull();
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
