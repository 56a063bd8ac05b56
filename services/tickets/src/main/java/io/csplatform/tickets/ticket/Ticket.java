package io.csplatform.tickets.ticket;

import io.csplatform.events.payload.TicketSlaBreached.Metric;
import io.csplatform.tickets.sla.Deadlines;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A support ticket of a customer (and optionally one of its contacts). */
@Entity
public class Ticket {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "contact_id")
    public UUID contactId;
    @Column(name = "external_id")
    public String externalId;
    public String subject;
    public String status;
    /** Whether {@link #status} had closed semantics when the ticket entered it. */
    public boolean closed;
    public String priority;
    public String channel;
    @Column(name = "assignee_id")
    public String assigneeId;
    public Integer rating;
    @Column(name = "rating_comment")
    public String ratingComment;
    @Column(name = "rated_at")
    public Instant ratedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "first_response_at")
    public Instant firstResponseAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "first_response_due_at")
    public Instant firstResponseDueAt;
    @Column(name = "resolution_due_at")
    public Instant resolutionDueAt;
    @Column(name = "first_response_breached_at")
    public Instant firstResponseBreachedAt;
    @Column(name = "resolution_breached_at")
    public Instant resolutionBreachedAt;
    /** Grows with every change; the events carry it. */
    public long version;
    /** The helpdesk's version of the last change applied from it. */
    @Column(name = "helpdesk_version")
    public Long helpdeskVersion;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** What users and helpdesks change: two equal states mean nothing changed. */
    public record State(UUID contactId, String subject, String status, String priority, String channel, String assigneeId,
                        Instant firstResponseAt, Integer rating, String ratingComment) {
    }

    public State state() {
        return new State(contactId, subject, status, priority, channel, assigneeId, firstResponseAt, rating, ratingComment);
    }

    void apply(Deadlines deadlines) {
        firstResponseDueAt = deadlines.firstResponseDueAt();
        resolutionDueAt = deadlines.resolutionDueAt();
    }

    /**
     * The deadlines missed by {@code now} and not reported yet: the first response (a resolution counts as one) or the
     * resolution came after the deadline, or has not come and the deadline passed.
     */
    public List<Metric> missedDeadlines(Instant now) {
        List<Metric> missed = new ArrayList<>();
        Instant responded = firstResponseAt != null ? firstResponseAt : resolvedAt;
        if (firstResponseBreachedAt == null && missed(firstResponseDueAt, responded, now)) {
            missed.add(Metric.FIRST_RESPONSE);
        }
        if (resolutionBreachedAt == null && missed(resolutionDueAt, resolvedAt, now)) {
            missed.add(Metric.RESOLUTION);
        }
        return missed;
    }

    private static boolean missed(Instant due, Instant done, Instant now) {
        return due != null && !due.isAfter(now) && (done == null || done.isAfter(due));
    }
}
