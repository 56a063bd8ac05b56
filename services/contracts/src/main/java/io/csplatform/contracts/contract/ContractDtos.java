package io.csplatform.contracts.contract;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/contracts}. */
public final class ContractDtos {

    private ContractDtos() {
    }

    public record RegisterContract(
            @NotNull UUID customerId,
            @Size(max = 100) String externalId,
            @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal mrr,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as BRL") String currency,
            @NotNull LocalDate startDate,
            LocalDate endDate) {

        @AssertTrue(message = "must not be before startDate")
        public boolean isEndDate() {
            return endDate == null || startDate == null || !endDate.isBefore(startDate);
        }
    }

    public record ContractView(UUID id, UUID customerId, String externalId, BigDecimal mrr, String currency,
                               LocalDate startDate, LocalDate endDate, String status, Instant createdAt) {
        static ContractView of(Contract c) {
            return new ContractView(c.id, c.customerId, c.externalId, c.mrr, c.currency, c.startDate, c.endDate,
                    c.status, c.createdAt);
        }
    }
}
