package io.csplatform.finance.charge;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/charges}. */
public final class ChargeDtos {

    private ChargeDtos() {
    }

    public record RegisterCharge(
            @NotNull UUID customerId,
            @Size(max = 100) String externalId,
            @Size(max = 100) String contractExternalId,
            @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as BRL") String currency,
            @NotNull LocalDate dueDate) {
    }

    public record PayCharge(@NotNull LocalDate paidDate) {
    }

    public record ChargeView(UUID id, UUID customerId, String externalId, String contractExternalId, BigDecimal amount,
                             String currency, LocalDate dueDate, String status, LocalDate paidDate) {
        public static ChargeView of(Charge c) {
            return new ChargeView(c.id, c.customerId, c.externalId, c.contractExternalId, c.amount, c.currency, c.dueDate,
                    c.status, c.paidDate);
        }
    }
}
