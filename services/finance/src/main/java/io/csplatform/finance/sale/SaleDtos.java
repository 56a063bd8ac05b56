package io.csplatform.finance.sale;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/sales}. */
public final class SaleDtos {

    private SaleDtos() {
    }

    public record RecordSale(
            @NotNull UUID customerId,
            @Size(max = 100) String externalId,
            @NotBlank @Size(max = 200) String product,
            @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as BRL") String currency,
            @NotNull LocalDate soldOn) {
    }

    public record SaleView(UUID id, UUID customerId, String externalId, String product, BigDecimal amount,
                           String currency, LocalDate soldOn) {
        static SaleView of(Sale s) {
            return new SaleView(s.id, s.customerId, s.externalId, s.product, s.amount, s.currency, s.soldOn);
        }
    }
}
