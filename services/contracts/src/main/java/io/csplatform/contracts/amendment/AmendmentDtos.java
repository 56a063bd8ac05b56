package io.csplatform.contracts.amendment;

import io.csplatform.events.payload.ContractMrrChanged.Kind;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Request and response bodies of {@code /api/v1/contracts/{id}/amendments}. */
public final class AmendmentDtos {

    private AmendmentDtos() {
    }

    /** {@code mrr} is the contract's MRR from {@code effectiveDate} on. */
    public record AmendContract(
            @NotNull Kind kind,
            @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal mrr,
            @NotNull LocalDate effectiveDate,
            @Size(max = 100) String externalId) {
    }

    public record AmendmentView(UUID id, UUID contractId, String externalId, Kind kind, BigDecimal previousMrr,
                                BigDecimal mrr, BigDecimal delta, LocalDate effectiveDate, String status,
                                String rejectReason) {
        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.id, a.contractId, a.externalId, a.kind, a.previousMrr, a.mrr,
                    a.mrr.subtract(a.previousMrr), a.effectiveDate, a.status, a.rejectReason);
        }
    }
}
