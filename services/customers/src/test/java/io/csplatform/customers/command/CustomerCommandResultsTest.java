package io.csplatform.customers.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.ContractSchemas;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.OwnerAssign;
import io.csplatform.events.payload.PortfolioMove;
import io.csplatform.events.payload.TagsChange;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.SharedDevStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static io.csplatform.customers.Api.json;
import static io.csplatform.customers.Api.send;
import static io.csplatform.customers.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customers command from a playbook step is confirmed by this service, in the effect's transaction: one
 * {@code action.result} on cs.actions.results.v1 naming the step, caused by the command. To prove "exactly one", the
 * command is redelivered and a marker command for the same customer (same partition, applied after it) is awaited.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class CustomerCommandResultsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void tagsChangeFromAStepIsConfirmedOnceWithTheTagsItAddedAndRemoved() {
        String customer = createCustomer(ACME_ADMIN, Map.of("name", unique("Tags"), "tags", List.of("a", "b")));
        ExecutionStep step = step();

        String commandId = deliverTwice(customer, CustomerMessages.TAGS_CHANGE,
                new TagsChange(step, UUID.fromString(customer), List.of("c", "b"), List.of("a", "x")));

        assertSucceeded(onlyResult(step), commandId, customer, "tags.change", "tags added [c], removed [a]");
    }

    @Test
    void tagsChangeThatFindsTheTagsAsAskedIsConfirmedWithNothingToChange() {
        String customer = createCustomer(ACME_ADMIN, Map.of("name", unique("Tags"), "tags", List.of("a")));
        ExecutionStep step = step();

        String commandId = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.TAGS_CHANGE, "acme", customer,
                new TagsChange(step, UUID.fromString(customer), List.of("a"), List.of("z")));

        assertSucceeded(awaitResult(step), commandId, customer, "tags.change",
                "nothing to change: the customer already has tags [a] and not [z]");
    }

    @Test
    void portfolioMoveFromAStepIsConfirmedWithThePortfolioThenANoOpWithNothingToChange() {
        String name = unique("Carteira");
        String portfolio = as(ACME_ADMIN).body(Map.of("name", name)).post("/api/v1/portfolios")
                .then().statusCode(201).extract().path("id");
        String customer = createCustomer(ACME_ADMIN);
        PortfolioMove move = new PortfolioMove(step(), UUID.fromString(customer), UUID.fromString(portfolio));

        String moveId = deliverTwice(customer, CustomerMessages.PORTFOLIO_MOVE, move);
        PortfolioMove again = new PortfolioMove(step(), UUID.fromString(customer), UUID.fromString(portfolio));
        String againId = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.PORTFOLIO_MOVE, "acme", customer, again);

        assertSucceeded(onlyResult(move.source()), moveId, customer, "portfolio.move",
                "customer moved to portfolio '" + name + "' (" + portfolio + ")");
        assertSucceeded(awaitResult(again.source()), againId, customer, "portfolio.move",
                "nothing to change: the customer is already in portfolio '" + name + "' (" + portfolio + ")");
    }

    @Test
    void ownerAssignFromAStepIsConfirmedWithTheTypeAndUserThenTheSameOwnerWithNothingToChange() {
        String typeName = unique("Analista");
        String type = as(ACME_ADMIN).body(Map.of("name", typeName)).post("/api/v1/owner-types").then().statusCode(201)
                .extract().path("id");
        String customer = createCustomer(ACME_ADMIN);
        OwnerAssign assign = new OwnerAssign(step(), UUID.fromString(customer), UUID.fromString(type),
                OwnerAssign.FEWEST_CUSTOMERS, null, List.of("u-1"));

        String assignId = deliverTwice(customer, CustomerMessages.OWNER_ASSIGN, assign);
        OwnerAssign same = new OwnerAssign(step(), UUID.fromString(customer), UUID.fromString(type), OwnerAssign.FIXED,
                "u-1", null);
        String sameId = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.OWNER_ASSIGN, "acme", customer, same);

        assertSucceeded(onlyResult(assign.source()), assignId, customer, "owner.assign",
                "owner type " + typeName + " assigned to user u-1");
        assertSucceeded(awaitResult(same.source()), sameId, customer, "owner.assign",
                "nothing to change: user u-1 already holds owner type " + typeName);
    }

    @Test
    void aCommandWithoutAStepReportsNoResult() {
        String customer = createCustomer(ACME_ADMIN);
        String commandId = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.TAGS_CHANGE, "acme", customer,
                new TagsChange(null, UUID.fromString(customer), List.of("no-step"), null));
        ExecutionStep marker = step();
        send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.TAGS_CHANGE, "acme", customer,
                new TagsChange(marker, UUID.fromString(customer), List.of("marker"), null));

        awaitResult(marker);
        assertThat(results(m -> commandId.equals(m.header("ce_causationid")))).isEmpty();
        assertThat(results(m -> customer.equals(m.header("ce_subject")))).hasSize(1);
    }

    @Test
    void commandsThatCannotApplyAreDeadLetteredWithAClearReasonAndReportNothing() {
        String customer = createCustomer(ACME_ADMIN);
        UUID customerId = UUID.fromString(customer);
        UUID unknown = UUID.randomUUID();
        String type = as(ACME_ADMIN).body(Map.of("name", unique("Pool"))).post("/api/v1/owner-types").then()
                .statusCode(201).extract().path("id");
        ExecutionStep step = step();

        String unknownCustomer = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.TAGS_CHANGE, "acme", unknown,
                new TagsChange(step, unknown, List.of("a"), null));
        String unknownType = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.OWNER_ASSIGN, "acme", customer,
                new OwnerAssign(step, customerId, unknown, OwnerAssign.FIXED, "u-1", null));
        String emptyPool = sendUnchecked(CustomerMessages.OWNER_ASSIGN, customer,
                new OwnerAssign(step, customerId, UUID.fromString(type), OwnerAssign.LOWEST_MRR, null, List.of()));
        String unknownPortfolio = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.PORTFOLIO_MOVE, "acme", customer,
                new PortfolioMove(step, customerId, unknown));

        assertThat(deadLetterReason(unknownCustomer))
                .isEqualTo("tags.change cannot be applied: no customer " + unknown + " in tenant acme");
        assertThat(deadLetterReason(unknownType))
                .isEqualTo("owner.assign cannot be applied: no owner type " + unknown + " in tenant acme");
        assertThat(deadLetterReason(emptyPool))
                .isEqualTo("owner.assign cannot be applied: the pool of users to pick from is empty");
        assertThat(deadLetterReason(unknownPortfolio))
                .isEqualTo("portfolio.move cannot be applied: no portfolio " + unknown + " in tenant acme");
        assertThat(results(m -> m.value().contains(step.executionId().toString()))).isEmpty();
    }

    /** Sends the command, redelivers it (same ce_id), then awaits the result of a marker command sent after both. */
    private static <T> String deliverTwice(String customer, MessageType<T> type, T command) {
        String commandId = send(Topic.CUSTOMERS_COMMANDS, type, "acme", customer, command);
        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            kafka.republish(kafka.await(Topic.CUSTOMERS_COMMANDS.name(), m -> commandId.equals(m.header("ce_id")), WAIT));
        }
        ExecutionStep marker = step();
        send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.TAGS_CHANGE, "acme", customer,
                new TagsChange(marker, UUID.fromString(customer), List.of("marker"), null));
        awaitResult(marker);
        return commandId;
    }

    private static void assertSucceeded(KafkaMessage result, String commandId, String customer, String actionType,
                                        String detail) {
        assertThat(ContractSchemas.violations(ActionMessages.ACTION_RESULT, result.value())).as(result.value()).isEmpty();
        assertThat(result.header("ce_type")).isEqualTo("action.result");
        assertThat(result.header("ce_causationid")).isEqualTo(commandId);
        assertThat(result.header("ce_subject")).isEqualTo(customer);
        assertThat(result.header("ce_source")).isEqualTo("/services/customers");
        JsonNode payload = json(result);
        assertThat(payload.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(payload.get("actionType").asText()).isEqualTo(actionType);
        assertThat(payload.get("customerId").asText()).isEqualTo(customer);
        assertThat(payload.get("detail").asText()).isEqualTo(detail);
    }

    /** The step's only result, once it is there. */
    private static KafkaMessage onlyResult(ExecutionStep step) {
        awaitResult(step);
        List<KafkaMessage> results = results(m -> isOf(step, m));
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static KafkaMessage awaitResult(ExecutionStep step) {
        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            return kafka.await(Topic.ACTIONS_RESULTS.name(), m -> isOf(step, m), WAIT);
        }
    }

    private static List<KafkaMessage> results(java.util.function.Predicate<KafkaMessage> match) {
        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            return kafka.readAll(Topic.ACTIONS_RESULTS.name()).stream().filter(match).toList();
        }
    }

    private static boolean isOf(ExecutionStep step, KafkaMessage message) {
        JsonNode source = json(message).path("source");
        return step.executionId().toString().equals(source.path("executionId").asText())
                && source.path("step").asInt() == step.step();
    }

    private static String deadLetterReason(String commandId) {
        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            return kafka.await(Topic.CUSTOMERS_COMMANDS.deadLetterName(), m -> commandId.equals(m.header("ce_id")), WAIT)
                    .header("dead-letter-reason");
        }
    }

    /** Publishes a command its schema rejects, as a faulty sender would; answers its ce_id. */
    private static <T> String sendUnchecked(MessageType<T> type, String customer, T payload) {
        EventHeaders headers = EventHeaders.origin("/services/tests", type, "acme", customer, Instant.now());
        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            kafka.publish(Topic.CUSTOMERS_COMMANDS.name(), Topic.key("acme", customer), EventJson.write(payload),
                    headers.toMap());
        }
        return headers.id().toString();
    }

    private static ExecutionStep step() {
        return new ExecutionStep(UUID.randomUUID(), 1, UUID.randomUUID(), 1);
    }
}
