package io.csplatform.contracts.contract;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/contracts}. */
public final class ContractDtos {

    private ContractDtos() {
    }

    public record RegisterContract(
            @NotNull UUID customerId,
            @Size(max = 100) String externalId,
            @Size(max = 100) String plan,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> products,
            @PositiveOrZero Integer users,
            @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal mrr,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as BRL") String currency,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            Boolean autoRenew) {

        @AssertTrue(message = "must not be before startDate")
        public boolean isEndDate() {
            return endDate == null || startDate == null || !endDate.isBefore(startDate);
        }
    }

    /** A new term: from the day after the current end date to {@code endDate}. */
    public record RenewContract(@NotNull LocalDate endDate) {
    }

    public record CancelContract(@NotBlank @Size(max = 500) String reason, @NotNull LocalDate date) {
    }

    public record ContractView(UUID id, UUID customerId, String externalId, String plan, List<String> products,
                               Integer users, BigDecimal mrr, BigDecimal valuePerUser, String currency,
                               LocalDate startDate, LocalDate endDate, boolean autoRenew, String status,
                               String cancelReason, LocalDate cancelledOn, Instant createdAt) {
        public static ContractView of(Contract c) {
            BigDecimal perUser = c.users == null || c.users == 0 ? null
                    : c.mrr.divide(BigDecimal.valueOf(c.users), 2, RoundingMode.HALF_EVEN);
            return new ContractView(c.id, c.customerId, c.externalId, c.plan,
                    c.products == null ? List.of() : List.of(c.products), c.users, c.mrr, perUser, c.currency,
                    c.startDate, c.endDate, c.autoRenew, c.status, c.cancelReason, c.cancelledOn, c.createdAt);
        }
    }
}
