package io.csplatform.healthscore.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The report as CSV (RFC 4180, one row per customer at risk), plain text and HTML (the weekly e-mail). */
public final class RiskReportFormats {

    static final List<String> COLUMNS = List.of("customerId", "customerName", "mrr", "currency", "score", "band",
            "scoreTrend", "reason", "diagnosis", "actionsDone", "actionsTotal", "actionsOverdue", "progressPercent",
            "planEndsOn", "daysOpen", "flaggedAt", "riskId");

    private RiskReportFormats() {
    }

    public static String csv(RiskReport report) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (RiskReport.Row r : report.items()) {
            csv.append(String.join(",", List.of(str(r.customerId()), cell(r.customerName()), num(r.mrr()), str(r.currency()),
                    num(r.score()), str(r.band()), num(r.scoreTrend()), str(r.reason()), str(r.diagnosis()),
                    str(r.actionsDone()), str(r.actionsTotal()), str(r.actionsOverdue()), str(r.progressPercent()),
                    str(r.planEndsOn()), str(r.daysOpen()), str(r.flaggedAt()), str(r.riskId())))).append("\r\n");
        }
        return csv.toString();
    }

    public static String subject(RiskReport report) {
        return "Clientes em risco — " + report.day() + " (" + report.customers() + ")";
    }

    public static String text(RiskReport report) {
        StringBuilder text = new StringBuilder("Clientes em risco em " + report.day() + " (" + report.timeZone() + "): "
                + report.customers() + ", MRR em risco " + mrr(report) + ".\n\n");
        for (RiskReport.Row r : report.items()) {
            text.append("- ").append(name(r)).append(": MRR ").append(num(r.mrr())).append(' ').append(str(r.currency()))
                    .append(", score ").append(num(r.score())).append(" (").append(trend(r.scoreTrend())).append(")")
                    .append(", ").append(r.reason()).append(" / ").append(r.diagnosis())
                    .append(", plano ").append(r.actionsDone()).append('/').append(r.actionsTotal())
                    .append(r.actionsOverdue() > 0 ? " (" + r.actionsOverdue() + " atrasadas)" : "")
                    .append(", ").append(r.daysOpen()).append(" dias em risco\n");
        }
        return text.append("\nO relatório completo segue em anexo (CSV).\n").toString();
    }

    public static String html(RiskReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:sans-serif\"><h1>Clientes em risco</h1><p>" + report.day() + " ("
                + escape(report.timeZone()) + "): " + report.customers() + " clientes, MRR em risco " + escape(mrr(report))
                + "</p><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr>"
                + "<th>Cliente</th><th>MRR</th><th>Score</th><th>Tendência</th><th>Motivo</th><th>Diagnóstico</th>"
                + "<th>Plano</th><th>Atrasadas</th><th>Dias</th></tr>");
        for (RiskReport.Row r : report.items()) {
            html.append("<tr><td>").append(escape(name(r))).append("</td><td>").append(num(r.mrr())).append(' ')
                    .append(str(r.currency())).append("</td><td>").append(num(r.score())).append(' ').append(str(r.band()))
                    .append("</td><td>").append(trend(r.scoreTrend())).append("</td><td>").append(escape(r.reason()))
                    .append("</td><td>").append(escape(r.diagnosis())).append("</td><td>").append(r.actionsDone())
                    .append('/').append(r.actionsTotal()).append(" (").append(r.progressPercent()).append("%)</td><td>")
                    .append(r.actionsOverdue()).append("</td><td>").append(r.daysOpen()).append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static String name(RiskReport.Row r) {
        return r.customerName() != null ? r.customerName() : r.customerId().toString();
    }

    private static String mrr(RiskReport report) {
        return report.mrrAtRisk().isEmpty() ? "0" : report.mrrAtRisk().entrySet().stream()
                .map(e -> e.getValue().stripTrailingZeros().toPlainString() + " " + e.getKey())
                .collect(Collectors.joining(" + "));
    }

    private static String trend(BigDecimal trend) {
        return trend == null ? "novo" : (trend.signum() > 0 ? "+" : "") + num(trend) + " em 7 dias";
    }

    private static String num(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break; formula-leading characters neutralised. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[,\"\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
