package io.csplatform.journeys.task;

import io.csplatform.journeys.support.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A task of a customer, in a stage of one of its journeys or on its own; {@code status} is open or done. */
@Entity
public class Task {

    public static final String OPEN = "open";
    public static final String DONE = "done";

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "journey_id")
    public UUID journeyId;
    @Column(name = "template_task_id")
    public UUID templateTaskId;
    public String stage;
    @Column(name = "stage_position")
    public Integer stagePosition;
    public String title;
    public String description;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "skip_weekends")
    public boolean skipWeekends;
    public String status;
    @Column(name = "assignee_owner_type")
    public String assigneeOwnerType;
    @Column(name = "assignee_user_id")
    public String assigneeUserId;
    @Convert(converter = StringListConverter.class)
    public List<String> labels = List.of();
    @Convert(converter = StringListConverter.class)
    public List<String> contacts = List.of();
    @Column(name = "execution_id")
    public UUID executionId;
    @Column(name = "execution_step")
    public Integer executionStep;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "completed_at")
    public Instant completedAt;

    public boolean done() {
        return DONE.equals(status);
    }

    /** Nobody holds the owner type the task was meant for. */
    public boolean unassigned() {
        return assigneeOwnerType != null && assigneeUserId == null;
    }
}
