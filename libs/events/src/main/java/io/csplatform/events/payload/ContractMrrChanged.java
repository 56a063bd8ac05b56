package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code contract.mrr.changed}: an amendment changed a contract's MRR. {@code kind} ADJUSTMENT (the ERP's
 * {@code type_additive = 1}, "reajuste") is a price adjustment and never counts as an upsell or downsell.
 */
public record ContractMrrChanged(UUID contractId, UUID customerId, UUID amendmentId, Kind kind, BigDecimal previousMrr,
                                 BigDecimal mrr, BigDecimal delta, String currency, LocalDate effectiveDate) {

    public enum Kind {
        UPSELL, DOWNSELL, ADJUSTMENT
    }
}
