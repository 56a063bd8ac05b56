package io.csplatform.customers.contact;

import io.csplatform.customers.support.JsonFields;
import io.csplatform.rest.ProblemException;

import java.util.regex.Pattern;

/** The contact fields a client may set; {@code main} and {@code active} are rules, applied by {@link ContactService}. */
final class ContactFields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static final JsonFields<Contact> FIELDS = new JsonFields<Contact>()
            .text("name", 200, true, c -> c.name, (c, v) -> c.name = v)
            .text("email", 320, false, c -> c.email, (c, v) -> c.email = email(v))
            .text("phone", 40, false, c -> c.phone, (c, v) -> c.phone = v)
            .date("birthday", c -> c.birthday, (c, v) -> c.birthday = v)
            .list("types", c -> c.types, (c, v) -> c.types = v)
            .bool("keyUser", c -> c.keyUser, (c, v) -> c.keyUser = v)
            .bool("main", c -> c.main, (c, v) -> c.main = v)
            .bool("active", c -> c.active, (c, v) -> c.active = v);

    private ContactFields() {
    }

    private static String email(String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw ProblemException.invalidField("email", "must be a well-formed e-mail address");
        }
        return value;
    }
}
