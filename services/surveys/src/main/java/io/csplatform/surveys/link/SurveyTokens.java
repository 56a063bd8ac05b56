package io.csplatform.surveys.link;

import io.csplatform.surveys.SurveysConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The token of a personal survey link: {@code base64url(v1|tenant|invitation|expiry-epoch-seconds) "." base64url(
 * HMAC-SHA256 of the first part)}. It proves who sent the link and until when it may be answered; that it is answered
 * only once is the database's job (one answer per invitation).
 */
@ApplicationScoped
public class SurveyTokens {

    private static final Logger LOG = Logger.getLogger(SurveyTokens.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a valid token names. */
    public record Link(String tenantId, UUID invitationId, Instant expiresAt) {
    }

    private final SecretKeySpec key;

    public SurveyTokens(SurveysConfig config) {
        this.key = new SecretKeySpec(config.tokenSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        if (LaunchMode.current() == LaunchMode.NORMAL && config.tokenSecret().startsWith("dev-only-")) {
            LOG.warn("surveys.token-secret is the development default: set SURVEYS_TOKEN_SECRET in production");
        }
    }

    public String issue(String tenantId, UUID invitationId, Instant expiresAt) {
        String claims = ENCODER.encodeToString(String.join("|", VERSION, tenantId, invitationId.toString(),
                Long.toString(expiresAt.getEpochSecond())).getBytes(StandardCharsets.UTF_8));
        return claims + "." + ENCODER.encodeToString(sign(claims));
    }

    /** The link the token names; empty when the token is garbled or was not signed with this service's secret. */
    public Optional<Link> read(String token) {
        if (token == null || token.length() > 512) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String claims = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(claims), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(claims), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            return Optional.of(new Link(parts[1], UUID.fromString(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (IllegalArgumentException e) { // bad base64, UUID or number
            return Optional.empty();
        }
    }

    private byte[] sign(String claims) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(claims.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
