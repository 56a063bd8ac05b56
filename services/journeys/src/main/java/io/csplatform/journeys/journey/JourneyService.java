package io.csplatform.journeys.journey;

import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.JourneySet;
import io.csplatform.journeys.support.Change;
import io.csplatform.journeys.support.Conflicts;
import io.csplatform.journeys.support.Events;
import io.csplatform.journeys.support.KnownCustomers;
import io.csplatform.journeys.task.DueDates;
import io.csplatform.journeys.task.NewTask;
import io.csplatform.journeys.task.Task;
import io.csplatform.journeys.task.TaskAssignee;
import io.csplatform.journeys.task.TaskService;
import io.csplatform.journeys.template.JourneyDefinition;
import io.csplatform.journeys.template.TemplateService;
import io.csplatform.journeys.template.TemplateView;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Sets or changes a customer's journey: its tasks created from the template's latest version, journey.set published. */
@ApplicationScoped
public class JourneyService {

    private final Mutiny.SessionFactory sessions;
    private final TemplateService templates;
    private final CurrentJourneys journeys;
    private final TaskService tasks;
    private final Events events;
    private final Clock clock;
    private final KnownCustomers customers;

    public JourneyService(Mutiny.SessionFactory sessions, TemplateService templates, CurrentJourneys journeys,
                          TaskService tasks, Events events, Clock clock, KnownCustomers customers) {
        this.customers = customers;
        this.sessions = sessions;
        this.templates = templates;
        this.journeys = journeys;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    public Uni<JourneyView> set(Change change, UUID customerId, UUID templateId) {
        return sessions.withTransaction(session -> customers.require(session, change.tenantId(), customerId)
                        .chain(() -> set(session, change, customerId, templateId)))
                .onFailure().transform(Conflicts.onDuplicate("journey-set-concurrently",
                        "the customer's journey was changed at the same time; try again"))
                .chain(journey -> view(change.tenantId(), customerId));
    }

    public Uni<CustomerJourney> set(Mutiny.Session session, Change change, UUID customerId, UUID templateId) {
        return templates.latest(session, change.tenantId(), templateId)
                .onItem().ifNull().failWith(() -> ProblemException.invalidField("templateId",
                        "no journey template " + templateId + " in this tenant"))
                .chain(template -> journeys.of(session, change.tenantId(), customerId)
                        .chain(previous -> replace(session, change, customerId, template, previous)));
    }

    /** The current journey with its progress, or null when none is set. */
    public Uni<JourneyView> view(String tenantId, UUID customerId) {
        return sessions.withSession(session -> journeys.of(session, tenantId, customerId)
                .chain(journey -> journey == null ? Uni.createFrom().nullItem()
                        : session.createSelectionQuery("from Task where tenantId = :tenant and journeyId = :journey", Task.class)
                        .setParameter("tenant", tenantId).setParameter("journey", journey.id)
                        .getResultList()
                        .map(list -> JourneyView.of(journey, list))));
    }

    private Uni<CustomerJourney> replace(Mutiny.Session session, Change change, UUID customerId, TemplateView template,
                                         CustomerJourney previous) {
        CustomerJourney journey = new CustomerJourney();
        journey.id = UUID.randomUUID();
        journey.tenantId = change.tenantId();
        journey.customerId = customerId;
        journey.templateId = template.id();
        journey.templateVersion = template.version();
        journey.name = template.name();
        journey.stages = template.stages().stream().map(JourneyDefinition.Stage::name).toList();
        journey.current = true;
        journey.setAt = clock.instant();
        if (previous != null) {
            previous.current = false;
        }
        List<NewTask> newTasks = newTasks(journey, template);
        Uni<Void> created = session.flush().chain(() -> session.persist(journey)).chain(session::flush);
        for (NewTask task : newTasks) {
            created = created.chain(() -> tasks.create(session, change, task)).replaceWithVoid();
        }
        JourneySet event = new JourneySet(journey.id, customerId, template.id(), template.version(), journey.name,
                previous == null ? null : previous.id, newTasks.size(), change.source());
        return created.chain(() -> events.publish(session, change, JourneyMessages.JOURNEY_SET, customerId, event))
                .replaceWith(journey);
    }

    private List<NewTask> newTasks(CustomerJourney journey, TemplateView template) {
        LocalDate today = LocalDate.now(clock);
        List<JourneyDefinition.Stage> stages = template.stages();
        return IntStream.range(0, stages.size()).boxed()
                .flatMap(position -> stages.get(position).tasks().stream().map(task -> new NewTask(journey.customerId,
                        journey.id, task.id(), stages.get(position).name(), position, task.title(), task.description(),
                        DueDates.due(today, task.dueInDays(), task.skipWeekends()), task.skipWeekends(),
                        TaskAssignee.toAssignee(task.assignee()), task.labels(), task.checklist(), null)))
                .toList();
    }
}
