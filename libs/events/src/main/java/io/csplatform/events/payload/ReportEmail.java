package io.csplatform.events.payload;

import java.util.List;

/**
 * {@code report.email}: a tenant-level report e-mailed to the tenant's users holding one of {@code roles} and to each
 * of {@code userIds}; sent as given (no template), at most once per {@code key} and recipient.
 */
public record ReportEmail(String key, List<String> roles, List<String> userIds, String subject, String text,
                          String html, Attachment attachment) {

    /** A file sent with the e-mail, as UTF-8 text (a CSV...). */
    public record Attachment(String filename, String contentType, String content) {
    }
}
