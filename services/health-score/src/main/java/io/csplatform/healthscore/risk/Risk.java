package io.csplatform.healthscore.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A churn risk of a customer, flagged by hand: OPEN with its recovery plan, then CLOSED with its outcome. */
@Entity
public class Risk {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    public String status;
    public String reason;
    public String diagnosis;
    public String notes;
    @Column(name = "flagged_by")
    public String flaggedBy;
    @Column(name = "flagged_at")
    public Instant flaggedAt;
    @Column(name = "plan_starts_on")
    public LocalDate planStartsOn;
    @Column(name = "plan_ends_on")
    public LocalDate planEndsOn;
    @Column(name = "plan_goal")
    public String planGoal;
    @Column(name = "progress_report")
    public String progressReport;
    public String outcome;
    @Column(name = "outcome_on")
    public LocalDate outcomeOn;
    @Column(name = "outcome_value")
    public BigDecimal outcomeValue;
    @Column(name = "outcome_currency")
    public String outcomeCurrency;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closed_at")
    public Instant closedAt;
    /** Grows with every change. */
    public long version;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean open() {
        return OPEN.equals(status);
    }

    void touch(String by, Instant at) {
        version++;
        updatedBy = by;
        updatedAt = at;
    }
}
