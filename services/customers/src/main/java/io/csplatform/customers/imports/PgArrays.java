package io.csplatform.customers.imports;

/** PostgreSQL array literals, for passing a list column as one text element of an {@code unnest}ed parameter. */
final class PgArrays {

    private PgArrays() {
    }

    /** {@code {"a","b \"c\""}}: every element quoted, backslashes and quotes escaped; null is {@code NULL}. */
    static String literal(String[] items) {
        StringBuilder out = new StringBuilder(16 * (items == null ? 0 : items.length) + 2).append('{');
        if (items != null) {
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                if (items[i] == null) {
                    out.append("NULL");
                    continue;
                }
                out.append('"');
                for (int c = 0; c < items[i].length(); c++) {
                    char ch = items[i].charAt(c);
                    if (ch == '"' || ch == '\\') {
                        out.append('\\');
                    }
                    out.append(ch);
                }
                out.append('"');
            }
        }
        return out.append('}').toString();
    }
}
