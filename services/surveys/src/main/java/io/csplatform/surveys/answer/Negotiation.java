package io.csplatform.surveys.answer;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** A browser (it prefers text/html) gets pages; any other client JSON and problem+json. */
final class Negotiation {

    private Negotiation() {
    }

    static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && ("html".equals(type.getSubtype()) || type.isWildcardSubtype())) {
                return true;
            }
            if (type.getSubtype().endsWith("json")) {
                return false;
            }
        }
        return false;
    }
}
