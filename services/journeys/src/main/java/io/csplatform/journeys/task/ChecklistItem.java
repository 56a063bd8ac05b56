package io.csplatform.journeys.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "task_checklist_item")
public class ChecklistItem {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "task_id")
    public UUID taskId;
    public int position;
    public String title;
    @Column(name = "completed_at")
    public Instant completedAt;
}
