package io.csplatform.testing;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks of a write that accepts {@code Idempotency-Key} (conventions.md): the same key and body answer the first
 * answer unchanged, status and body; the same key with another body is a 409 problem+json.
 */
public final class IdempotencyChecks {

    public static final String HEADER = "Idempotency-Key";

    private IdempotencyChecks() {
    }

    /** A fresh key. */
    public static String key() {
        return "key-" + UUID.randomUUID();
    }

    /**
     * Sends {@code body} twice with one key as {@code caller} (e.g. {@code () -> TestPlatform.asIntegration("acme")}),
     * then {@code otherBody} with the same key; answers the first answer (whose status must be {@code status}).
     */
    public static ExtractableResponse<Response> replayedOnce(Supplier<RequestSpecification> caller, String key,
                                                              String path, Object body, Object otherBody, int status) {
        ExtractableResponse<Response> first = caller.get().header(HEADER, key).body(body).post(path)
                .then().statusCode(status).extract();
        ExtractableResponse<Response> replay = caller.get().header(HEADER, key).body(body).post(path)
                .then().statusCode(status).extract();
        assertThat(replay.asString()).as("the replay answers the first answer").isEqualTo(first.asString());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        caller.get().header(HEADER, key).body(otherBody).post(path)
                .then().statusCode(409).contentType("application/problem+json");
        return first;
    }
}
