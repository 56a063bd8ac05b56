package io.csplatform.actions.email;

/** One rendered e-mail: subject, text part and HTML part (the text, escaped, in paragraphs, its links clickable). */
record Composed(String subject, String text, String html) {

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("(https?://[^\\s<>\"]+)");

    static Composed of(String subject, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(LINK.matcher(escape(paragraph)).replaceAll("<a href=\"$1\">$1</a>")
                    .replaceAll("\\R", "<br>")).append("</p>");
        }
        return new Composed(subject.replaceAll("\\R", " ").strip(), text, html.append("</body></html>").toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
