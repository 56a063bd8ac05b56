package io.csplatform.customers.user;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class UsersTest {

    @Test
    void theUsersAreTheCallersTenantsKeycloakUsersOnly() {
        List<String> acme = as(ACME_CSM).get("/api/v1/users").then().statusCode(200).extract().jsonPath()
                .getList("items.username");
        List<String> globex = as(GLOBEX_ADMIN).get("/api/v1/users").then().statusCode(200).extract().jsonPath()
                .getList("items.username");

        assertThat(acme).containsExactlyInAnyOrder("acme-admin", "acme-csm", "acme-leader");
        assertThat(globex).containsExactlyInAnyOrder("globex-admin", "globex-csm");
        assertThat(as(ACME_CSM).get("/api/v1/users").then().extract().jsonPath().getList("items.id", String.class))
                .allSatisfy(id -> assertThat(id).isNotBlank());
    }
}
