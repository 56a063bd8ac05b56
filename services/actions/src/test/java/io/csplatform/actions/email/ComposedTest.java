package io.csplatform.actions.email;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComposedTest {

    @Test
    void theHtmlPartIsTheTextEscapedInParagraphsWithClickableLinks() {
        Composed mail = Composed.of("Olá\nACME", "Olá <Ana> & cia,\nresponda em https://cs.example.com/public/surveys/abc.def\n\nObrigado");

        assertThat(mail.subject()).isEqualTo("Olá ACME");
        assertThat(mail.html()).contains("<p>Olá &lt;Ana&gt; &amp; cia,<br>responda em "
                + "<a href=\"https://cs.example.com/public/surveys/abc.def\">https://cs.example.com/public/surveys/abc.def</a></p>"
                + "<p>Obrigado</p>");
        assertThat(mail.text()).startsWith("Olá <Ana> & cia,");
    }
}
