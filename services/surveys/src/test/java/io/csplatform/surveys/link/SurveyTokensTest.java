package io.csplatform.surveys.link;

import io.csplatform.surveys.SurveysConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyTokensTest {

    private static final Instant EXPIRY = Instant.parse("2031-01-31T12:00:00Z");

    private final SurveyTokens tokens = new SurveyTokens(config("secret-one"));

    @Test
    void aTokenNamesItsTenantInvitationAndExpiry() {
        UUID invitation = UUID.randomUUID();

        var link = tokens.read(tokens.issue("acme", invitation, EXPIRY)).orElseThrow();

        assertThat(link).isEqualTo(new SurveyTokens.Link("acme", invitation, EXPIRY));
    }

    @Test
    void aTokenSignedWithAnotherSecretOrWithChangedClaimsIsNotRead() {
        String token = tokens.issue("acme", UUID.randomUUID(), EXPIRY);
        String otherSecret = new SurveyTokens(config("secret-two")).issue("acme", UUID.randomUUID(), EXPIRY);
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(("v1|globex|" + UUID.randomUUID()
                + "|4102444800").getBytes());

        assertThat(tokens.read(otherSecret)).isEmpty();
        assertThat(tokens.read(claims + token.substring(token.indexOf('.')))).isEmpty();
        assertThat(tokens.read(token + "x")).isEmpty();
    }

    @Test
    void garbledTokensAreNotReadAndNeverThrow() {
        for (String garbled : new String[] {null, "", ".", "abc", "a.b", "a.b.c", "!!!.???", "x".repeat(1000)}) {
            assertThat(tokens.read(garbled)).as(garbled).isEmpty();
        }
    }

    private static SurveysConfig config(String secret) {
        return new SurveysConfig() {
            @Override
            public String publicUrl() {
                return "http://localhost:8087";
            }

            @Override
            public String tokenSecret() {
                return secret;
            }

            @Override
            public Duration linkValidity() {
                return Duration.ofDays(30);
            }
        };
    }
}
