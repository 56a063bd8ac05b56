package io.csplatform.healthscore.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Request bodies of {@code /api/v1/risks}. */
public final class RiskRequests {

    private RiskRequests() {
    }

    /** Flag a customer at risk: a reason of the taxonomy, a diagnosis and notes. */
    public record Flag(
            @NotNull UUID customerId,
            @NotNull @Pattern(regexp = Taxonomy.REASON_PATTERN, message = "must be one of " + Taxonomy.REASON_PATTERN) String reason,
            @NotNull @Pattern(regexp = Taxonomy.DIAGNOSIS_PATTERN, message = "must be one of " + Taxonomy.DIAGNOSIS_PATTERN) String diagnosis,
            @Size(max = 4000) String notes) {
    }

    /** The recovery plan: 2 to 4 weeks ({@code endsOn} 14 to 28 days after {@code startsOn}) with a goal. */
    public record Plan(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotBlank @Size(max = 2000) String goal) {
    }

    /** An action of the plan: becomes a task on its owner's board, due on {@code dueOn}. */
    public record NewAction(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 200) String ownerUserId,
                            @NotNull LocalDate dueOn, @Size(max = 2000) String goal) {
    }

    public record FollowUp(@NotBlank @Size(max = 4000) String note) {
    }

    public record ProgressReport(@NotBlank @Size(max = 8000) String text) {
    }

    /** Money: a non-negative amount; the currency defaults to the tenant's. */
    public record Money(@NotNull @DecimalMin("0") BigDecimal amount,
                        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }

    /** Close the risk with its outcome, on a date (default: the tenant's today), with the value retained or lost. */
    public record Close(
            @NotNull @Pattern(regexp = Taxonomy.OUTCOME_PATTERN, message = "must be one of " + Taxonomy.OUTCOME_PATTERN) String outcome,
            LocalDate on, @Valid Money value) {
    }
}
