package io.csplatform.runtime.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the runtime knows about one customer when it evaluates a playbook: a snapshot of the facts projection,
 * assembled from every domain topic. Unknown values are null (or empty collections), never invented.
 *
 * @param customer       the account itself (attributes, status, tags, portfolio, hierarchy, MRR...)
 * @param contacts       active and inactive contacts, with types, birthdays and custom attributes
 * @param owners         owner type name -> user id (absent type = "Não informado")
 * @param contracts      every contract the customer has had
 * @param charges        finance charges
 * @param tasks          journey and board tasks
 * @param tickets        support tickets
 * @param answers        NPS and CSAT answers
 * @param users          the customer's product users seen by tracking (last login, key user)
 * @param health         the health score; null when never scored
 * @param hierarchy      parent / branch accounts and their MRR
 * @param executions     when playbooks ran (fired) for this customer, by playbook id, newest first
 * @param ticketsPerDay  day buckets of tickets created (item = ticket id, amount 1)
 * @param salesPerDay    day buckets of one-off sales (item = sale id, amount = value)
 * @param tracking       day buckets of product usage (item = {@link DaySeries#trackingItem(String, String)})
 * @param invitations    NPS and CSAT survey invitations sent to the customer's contacts (for response rates)
 */
public record Facts(UUID customerId, Customer customer, List<Contact> contacts, Map<String, String> owners,
                    List<Contract> contracts, List<Charge> charges, List<Task> tasks, List<Ticket> tickets,
                    List<Answer> answers, List<TrackingUser> users, Health health, Hierarchy hierarchy,
                    Map<UUID, List<Instant>> executions, DaySeries ticketsPerDay, DaySeries salesPerDay,
                    DaySeries tracking, List<Invitation> invitations) {

    /** Facts without survey invitations. */
    public Facts(UUID customerId, Customer customer, List<Contact> contacts, Map<String, String> owners,
                 List<Contract> contracts, List<Charge> charges, List<Task> tasks, List<Ticket> tickets,
                 List<Answer> answers, List<TrackingUser> users, Health health, Hierarchy hierarchy,
                 Map<UUID, List<Instant>> executions, DaySeries ticketsPerDay, DaySeries salesPerDay,
                 DaySeries tracking) {
        this(customerId, customer, contacts, owners, contracts, charges, tasks, tickets, answers, users, health,
                hierarchy, executions, ticketsPerDay, salesPerDay, tracking, List.of());
    }

    /** The account. {@code attributes}: custom attribute values by key. */
    public record Customer(String name, String externalId, String status, LocalDate registrationDate,
                           LocalDate startDate, LocalDate endDate, String plan, Set<String> products,
                           Set<String> services, Set<String> groups, Set<String> segments, Set<String> tags,
                           UUID portfolioId, UUID parentId, boolean archived, Map<String, JsonNode> attributes,
                           BigDecimal mrr, BigDecimal arr, String currency, Instant createdAt) {
    }

    /** A contact; {@code main} marks the main contact, {@code keyUser} a champion. */
    public record Contact(UUID id, String name, String email, String phone, LocalDate birthday, Set<String> types,
                          boolean main, boolean keyUser, boolean active, Map<String, JsonNode> attributes) {
    }

    /** A contract; status ACTIVE / CANCELLED / EXPIRED (as the contracts service says). */
    public record Contract(UUID id, String externalId, String status, BigDecimal mrr, String currency,
                           LocalDate startDate, LocalDate endDate, String plan, Set<String> products, Integer users,
                           BigDecimal lastUpsell, BigDecimal lastDownsell) {

        public boolean active() {
            return "ACTIVE".equalsIgnoreCase(status);
        }

        /** MRR per user; null when the number of users is unknown or zero. */
        public BigDecimal valuePerUser() {
            return users == null || users == 0 || mrr == null ? null
                    : mrr.divide(BigDecimal.valueOf(users), 2, java.math.RoundingMode.HALF_EVEN);
        }
    }

    /** A finance charge; {@code overdue} as finance last said (its daily sweep). */
    public record Charge(UUID id, String externalId, BigDecimal amount, String currency, LocalDate dueDate,
                         String status, LocalDate paidDate, boolean overdue) {
    }

    /**
     * A journey task ({@code board = false}) or a CSM-board task ({@code board = true}); status PENDING / COMPLETED.
     * {@code contacts}: the task's additional contacts (names or e-mail addresses); a board task's main contact.
     * {@code templateTaskId} identifies "the same task" across customers (the journey template's task).
     */
    public record Task(UUID id, boolean board, UUID journeyId, UUID templateTaskId, String stage, String title,
                       Set<String> labels, String status, LocalDate createdDate, LocalDate dueDate,
                       LocalDate completedDate, LocalDate scheduledOn, Set<String> completedChecklistItems,
                       List<String> contacts) {

        /** A task without additional contacts. */
        public Task(UUID id, boolean board, UUID journeyId, UUID templateTaskId, String stage, String title,
                    Set<String> labels, String status, LocalDate createdDate, LocalDate dueDate, LocalDate completedDate,
                    LocalDate scheduledOn, Set<String> completedChecklistItems) {
            this(id, board, journeyId, templateTaskId, stage, title, labels, status, createdDate, dueDate, completedDate,
                    scheduledOn, completedChecklistItems, List.of());
        }

        public boolean completed() {
            return "COMPLETED".equals(status);
        }
    }

    /** A support ticket. */
    public record Ticket(UUID id, String subject, String status, boolean closed, String priority, Integer rating,
                         Instant createdAt) {
    }

    /** An NPS (score 0..10) or CSAT (1..5) answer; {@code kind} NPS / CSAT. */
    public record Answer(UUID id, String kind, UUID contactId, int score, Instant answeredAt, UUID surveyId) {

        public Answer(UUID id, String kind, UUID contactId, int score, Instant answeredAt) {
            this(id, kind, contactId, score, answeredAt, null);
        }
    }

    /** A survey invitation (a personal link sent to a contact, {@code survey.sent}); kind NPS / CSAT. */
    public record Invitation(UUID id, UUID surveyId, String kind, UUID contactId, Instant sentAt) {
    }

    /**
     * The share of the {@code kind} invitations sent since {@code since} that the contact answered (an answer of the
     * same survey and contact), in percent with two decimals; null when none was sent.
     */
    public BigDecimal responseRate(String kind, Instant since) {
        List<Invitation> sent = invitations.stream().filter(i -> kind.equals(i.kind()))
                .filter(i -> i.sentAt() != null && !i.sentAt().isBefore(since)).toList();
        if (sent.isEmpty()) {
            return null;
        }
        long answered = sent.stream().filter(i -> answers.stream().anyMatch(a -> i.surveyId() != null
                && i.surveyId().equals(a.surveyId()) && java.util.Objects.equals(i.contactId(), a.contactId()))).count();
        return BigDecimal.valueOf(answered * 100L).divide(BigDecimal.valueOf(sent.size()), 2, java.math.RoundingMode.HALF_EVEN);
    }

    /** A user of the customer's product, as tracking sees it. */
    public record TrackingUser(String userId, boolean keyUser, Instant lastLogin) {
    }

    /** The current health score. */
    public record Health(BigDecimal score, String band, Instant changedAt) {
    }

    /**
     * Parent / branch relations: {@code parentMrr} is the parent's MRR (null without a parent), {@code branchesMrr}
     * each branch's MRR by branch id (empty for an account without branches).
     */
    public record Hierarchy(UUID parentId, BigDecimal parentMrr, Map<UUID, BigDecimal> branchesMrr) {

        public boolean isParent() {
            return !branchesMrr.isEmpty();
        }

        public boolean isBranch() {
            return parentId != null;
        }
    }

    public Optional<Contact> mainContact() {
        return contacts.stream().filter(c -> c.active() && c.main()).findFirst();
    }

    public List<Contact> activeContacts() {
        return contacts.stream().filter(Contact::active).toList();
    }

    public List<Contract> activeContracts() {
        return contracts.stream().filter(Contract::active).toList();
    }

    /** Times the playbook fired for this customer, newest first (empty when never). */
    public List<Instant> executionsOf(UUID playbookId) {
        return executions.getOrDefault(playbookId, List.of());
    }

    /** A customer the projection has only just heard of: nothing but its id. */
    public static Facts empty(UUID customerId) {
        return new Facts(customerId, new Customer(null, null, null, null, null, null, null, Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), null, null, false, Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, null, null),
                List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                new Hierarchy(null, null, Map.of()), Map.of(), DaySeries.EMPTY, DaySeries.EMPTY, DaySeries.EMPTY);
    }
}
