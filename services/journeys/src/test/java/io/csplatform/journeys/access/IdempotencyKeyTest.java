package io.csplatform.journeys.access;

import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.IdempotencyChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.csplatform.journeys.support.Stack.as;
import static io.csplatform.journeys.support.Stack.customer;
import static org.hamcrest.Matchers.equalTo;

/** Creating a task with an Idempotency-Key: a retry gets the first answer and creates no second task. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class IdempotencyKeyTest {

    @Test
    void aRetriedTaskCreateAnswersTheFirstAnswer() {
        UUID customer = customer();
        String tasks = "/api/v1/customers/" + customer + "/tasks";
        IdempotencyChecks.replayedOnce(() -> as("acme-csm"), IdempotencyChecks.key(), tasks,
                Map.of("title", "Kickoff", "dueInDays", 1), Map.of("title", "Another", "dueInDays", 1), 201);
        as("acme-csm").get(tasks).then().statusCode(200).body("items.size()", equalTo(1));
    }
}
