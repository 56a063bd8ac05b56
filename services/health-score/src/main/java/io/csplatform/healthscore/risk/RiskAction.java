package io.csplatform.healthscore.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action of a risk's recovery plan: a board task of its owner, done when the task is completed. */
@Entity
@Table(name = "risk_action")
public class RiskAction {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "risk_id")
    public UUID riskId;
    public int position;
    public String title;
    @Column(name = "owner_user_id")
    public String ownerUserId;
    @Column(name = "due_on")
    public LocalDate dueOn;
    public String goal;
    /** The ce_id of the board.task.create command that makes its task. */
    @Column(name = "command_id")
    public UUID commandId;
    @Column(name = "task_id")
    public UUID taskId;
    @Column(name = "done_at")
    public Instant doneAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean done() {
        return doneAt != null;
    }
}
