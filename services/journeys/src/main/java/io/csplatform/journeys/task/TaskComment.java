package io.csplatform.journeys.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "task_comment")
public class TaskComment {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "task_id")
    public UUID taskId;
    @Column(name = "author_id")
    public String authorId;
    public String text;
    @Column(name = "created_at")
    public Instant createdAt;
}
