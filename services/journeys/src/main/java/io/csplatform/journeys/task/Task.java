package io.csplatform.journeys.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Task {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    public String title;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "skip_weekends")
    public boolean skipWeekends;
    public String status;
    @Column(name = "assignee_owner_type")
    public String assigneeOwnerType;
    @Column(name = "assignee_user_id")
    public String assigneeUserId;
    @Column(name = "execution_id")
    public UUID executionId;
    @Column(name = "execution_step")
    public Integer executionStep;
    @Column(name = "created_at")
    public Instant createdAt;
}
