package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code erp.amendment}: an amendment (aditivo) of the contract {@code contractExternalId}; {@code mrr} is the
 * contract's MRR from {@code effectiveDate} on. The ERP's {@code type_additive = 1} ("reajuste") is ADJUSTMENT.
 */
public record ErpAmendment(String customerExternalId, String contractExternalId, String externalId, long version,
                           ContractMrrChanged.Kind kind, BigDecimal mrr, LocalDate effectiveDate) {
}
