package io.csplatform.healthscore.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskReportFormatsTest {

    @Test
    void csvCellsAreQuotedWhenNeededAndFormulasNeutralised() {
        assertThat(RiskReportFormats.cell("ACME")).isEqualTo("ACME");
        assertThat(RiskReportFormats.cell("ACME, Inc.")).isEqualTo("\"ACME, Inc.\"");
        assertThat(RiskReportFormats.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(RiskReportFormats.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(RiskReportFormats.cell(null)).isEmpty();
    }
}
