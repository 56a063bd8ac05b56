package io.csplatform.runtime;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.runtime.support.RuntimeKit.ADMIN;
import static io.csplatform.runtime.support.RuntimeKit.playbook;
import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** A playbook's versions are cursor-paginated (conventions.md): walked to the end, every version comes once, in order. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class PlaybookVersionsPagingTest {

    @Test
    void theVersionsAreWalkedToTheEndWithTheCursorGivingEveryVersionOnceOldestFirst() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> definition = new LinkedHashMap<>(playbook("paged " + suffix, "contract.created", null, null));
        String id = as(ADMIN).body(definition).post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        for (int version = 2; version <= 7; version++) {
            definition.put("name", "paged v" + version + " " + suffix);
            as(ADMIN).body(definition).put("/api/v1/playbooks/" + id).then().statusCode(200);
        }
        String versions = "/api/v1/playbooks/" + id + "/versions";

        List<Integer> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(ADMIN).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(versions).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(3);
            walked.addAll(page.getList("items.version", Integer.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactly(1, 2, 3, 4, 5, 6, 7);
        as(ADMIN).queryParam("cursor", "not-a-cursor").get(versions).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        as(ADMIN).queryParam("limit", 501).get(versions).then().statusCode(400).body("errors.field", hasItem("limit"));
        as("globex-admin").get(versions).then().statusCode(404);
    }
}
