package io.csplatform.actions.email;

/** One rendered e-mail: subject, text part and HTML part (the text, escaped, in paragraphs). */
record Composed(String subject, String text, String html) {

    static Composed of(String subject, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph).replaceAll("\\R", "<br>")).append("</p>");
        }
        return new Composed(subject.replaceAll("\\R", " ").strip(), text, html.append("</body></html>").toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
