package io.csplatform.customers.tenant;

import io.csplatform.customers.support.JsonFields;
import io.csplatform.rest.ProblemException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.regex.Pattern;

/** The settings a merge patch may change, each validated (a 400 naming the field). */
final class TenantSettingsFields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    static final JsonFields<TenantSettings> FIELDS = new JsonFields<TenantSettings>()
            .text("timeZone", 64, true, s -> s.timeZone, (s, v) -> s.timeZone = timeZone(v))
            .text("currency", 3, true, s -> s.currency, (s, v) -> s.currency = currency(v))
            .text("emailSenderName", 200, false, s -> s.emailSenderName, (s, v) -> s.emailSenderName = v)
            .text("emailSenderAddress", 320, false, s -> s.emailSenderAddress,
                    (s, v) -> s.emailSenderAddress = email("emailSenderAddress", v))
            .text("emailReplyTo", 320, false, s -> s.emailReplyTo, (s, v) -> s.emailReplyTo = email("emailReplyTo", v));

    private TenantSettingsFields() {
    }

    /** An IANA region id ({@code America/Sao_Paulo}); a bare offset such as {@code +03:00} has no daylight rules. */
    private static String timeZone(String value) {
        try {
            ZoneId zone = ZoneId.of(value);
            if (!(zone instanceof ZoneOffset)) {
                return zone.getId();
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw ProblemException.invalidField("timeZone", "must be an IANA time zone id such as America/Sao_Paulo");
    }

    private static String currency(String value) {
        try {
            if (ISO_4217.matcher(value).matches()) {
                return Currency.getInstance(value).getCurrencyCode();
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.invalidField("currency", "must be an ISO 4217 currency code such as BRL");
    }

    private static String email(String field, String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw ProblemException.invalidField(field, "must be a well-formed e-mail address");
        }
        return value;
    }
}
