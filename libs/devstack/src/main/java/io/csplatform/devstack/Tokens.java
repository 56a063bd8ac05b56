package io.csplatform.devstack;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OAuth2 token requests against the realm's token endpoint. */
final class Tokens {

    static final String CLI_CLIENT = "cs-cli";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Http http = new Http();
    private final String tokenEndpoint;

    Tokens(String issuer) {
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    String password(String username, String password) {
        return request(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username,
                "password", password, "scope", "openid"));
    }

    String clientCredentials(String clientId, String clientSecret) {
        return request(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret));
    }

    private String request(Map<String, String> form) {
        String body = http.postForm(tokenEndpoint, form);
        Matcher matcher = ACCESS_TOKEN.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No access_token in " + body);
        }
        return matcher.group(1);
    }
}
