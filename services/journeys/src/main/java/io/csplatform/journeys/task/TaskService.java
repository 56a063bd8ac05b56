package io.csplatform.journeys.task;

import io.csplatform.events.JourneyMessages;
import io.csplatform.journeys.contract.CustomerContracts;
import io.csplatform.journeys.owner.CustomerNames;
import io.csplatform.journeys.owner.OwnerDirectory;
import io.csplatform.journeys.support.Change;
import io.csplatform.journeys.support.Events;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates tasks: the assignee resolved now, the checklist and first comment stored, journey.task.created published. */
@ApplicationScoped
public class TaskService {

    private final OwnerDirectory owners;
    private final CustomerNames names;
    private final CustomerContracts contracts;
    private final Events events;
    private final Clock clock;

    public TaskService(OwnerDirectory owners, CustomerNames names, CustomerContracts contracts, Events events,
                       Clock clock) {
        this.owners = owners;
        this.names = names;
        this.contracts = contracts;
        this.events = events;
        this.clock = clock;
    }

    public Uni<Task> create(Mutiny.Session session, Change change, NewTask request) {
        return names.of(session, change.tenantId(), request.customerId())
                .chain(name -> (Descriptions.uses(request.description(), "contract.")
                        ? contracts.variables(session, change.tenantId(), request.customerId())
                        : Uni.createFrom().item(Map.<String, String>of()))
                .chain(contract -> owners.resolve(session, change.tenantId(), request.customerId(), request.assignee())
                .chain(assignee -> {
                    Task task = task(change, request, name, contract);
                    task.assigneeOwnerType = assignee.ownerType();
                    task.assigneeUserId = assignee.userId();
                    return session.persist(task)
                            .chain(() -> checklist(session, task, request.checklist()))
                            .chain(() -> comment(session, change, task, request.firstComment()))
                            .chain(() -> events.publish(session, change, JourneyMessages.JOURNEY_TASK_CREATED,
                                    task.customerId, TaskEvents.created(task, change.source())))
                            .replaceWith(task);
                })));
    }

    private Task task(Change change, NewTask request, String customerName, Map<String, String> contract) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.tenantId = change.tenantId();
        task.customerId = request.customerId();
        task.journeyId = request.journeyId();
        task.templateTaskId = request.templateTaskId();
        task.stage = request.stage();
        task.stagePosition = request.stagePosition();
        task.title = request.title();
        task.dueDate = request.dueDate();
        task.skipWeekends = request.skipWeekends();
        task.description = Descriptions.render(request.description(), variables(task, customerName, contract));
        task.status = Task.OPEN;
        task.labels = request.labels() == null ? List.of() : List.copyOf(request.labels());
        task.contacts = contacts(request.contacts());
        if (change.source() != null) {
            task.executionId = change.source().executionId();
            task.executionStep = change.source().step();
        }
        task.createdAt = clock.instant();
        return task;
    }

    /** Additional contacts as stored: stripped, each once, in the order given. */
    static List<String> contacts(List<String> contacts) {
        return contacts == null ? List.of() : contacts.stream().map(String::strip).distinct().toList();
    }

    private static Map<String, String> variables(Task task, String customerName, Map<String, String> contract) {
        Map<String, String> values = new HashMap<>(contract);
        if (customerName != null) {
            values.put("customer.name", customerName);
        }
        values.put("customer.id", task.customerId.toString());
        values.put("task.title", task.title);
        values.put("task.dueDate", task.dueDate.toString());
        if (task.stage != null) {
            values.put("stage.name", task.stage);
        }
        return values;
    }

    private Uni<Void> checklist(Mutiny.Session session, Task task, List<String> titles) {
        if (titles == null || titles.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Object[] items = new Object[titles.size()];
        for (int i = 0; i < titles.size(); i++) {
            ChecklistItem item = new ChecklistItem();
            item.id = UUID.randomUUID();
            item.tenantId = task.tenantId;
            item.taskId = task.id;
            item.position = i;
            item.title = titles.get(i);
            items[i] = item;
        }
        return session.persistAll(items);
    }

    public Uni<Void> comment(Mutiny.Session session, Change change, Task task, String text) {
        if (text == null || text.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        TaskComment comment = new TaskComment();
        comment.id = UUID.randomUUID();
        comment.tenantId = task.tenantId;
        comment.taskId = task.id;
        comment.authorId = change.userId();
        comment.text = text.strip();
        comment.createdAt = clock.instant();
        return session.persist(comment);
    }
}
