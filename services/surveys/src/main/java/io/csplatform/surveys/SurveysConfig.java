package io.csplatform.surveys;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the surveys service ({@code surveys.*}). */
@ConfigMapping(prefix = "surveys")
public interface SurveysConfig {

    /** Base URL of the public answer pages, as contacts reach it (the links in the e-mails start with it). */
    @WithDefault("http://localhost:8087")
    String publicUrl();

    /** HMAC-SHA256 secret that signs the personal links; production sets SURVEYS_TOKEN_SECRET. */
    @WithDefault("dev-only-surveys-token-secret-change-me")
    String tokenSecret();

    /** How long a personal link may be answered after it was sent. */
    @WithDefault("P30D")
    Duration linkValidity();
}
