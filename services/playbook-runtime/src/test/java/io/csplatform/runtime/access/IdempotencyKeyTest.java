package io.csplatform.runtime.access;

import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.IdempotencyChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.csplatform.runtime.support.RuntimeKit.ADMIN;
import static io.csplatform.runtime.support.RuntimeKit.never;
import static io.csplatform.runtime.support.RuntimeKit.playbook;
import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Creating a playbook with an Idempotency-Key: a retry gets the first answer and creates no second playbook. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class IdempotencyKeyTest {

    @Test
    void aRetriedPlaybookCreateAnswersTheFirstAnswerAndTheKeyIsPerTenant() {
        String name = "Idempotent " + UUID.randomUUID();
        String key = IdempotencyChecks.key();
        String id = IdempotencyChecks.replayedOnce(() -> as(ADMIN), key, "/api/v1/playbooks",
                playbook(name, "contract.created", null, never()), playbook(name + " 2", "contract.created", null, never()),
                201).path("id");
        String globex = as("globex-admin").header(IdempotencyChecks.HEADER, key)
                .body(playbook(name, "contract.created", null, never())).post("/api/v1/playbooks")
                .then().statusCode(201).extract().path("id");
        assertThat(globex).isNotEqualTo(id);
        assertThat(as(ADMIN).get("/api/v1/playbooks?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class)).containsOnlyOnce(name);
    }
}
