package io.csplatform.journeys.task;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} variables of a task description; an unknown variable stays as written. */
final class Descriptions {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_.]*)}");

    private Descriptions() {
    }

    /** Whether {@code text} has a variable whose name starts with {@code prefix}. */
    static boolean uses(String text, String prefix) {
        if (text == null) {
            return false;
        }
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
