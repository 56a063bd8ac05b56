package io.csplatform.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Refuses a JSON string holding the NUL character ({@code \u0000}) where it is read, naming its field: PostgreSQL
 * cannot store it in text, so it would otherwise fail the write (a 500 over REST, retries then the DLQ for a message)
 * far from the input that caused it.
 */
public final class NulFreeStrings extends SimpleModule {

    public static final String MESSAGE = "must not contain the NUL character (\\u0000)";

    public NulFreeStrings() {
        super("nul-free-strings");
        addDeserializer(String.class, new Deserializer());
    }

    private static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new InvalidFormatException(parser, MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
