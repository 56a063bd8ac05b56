package io.csplatform.finance.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A one-off (transactional) sale. */
@Entity
public class Sale {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "external_id")
    public String externalId;
    public String product;
    public BigDecimal amount;
    public String currency;
    @Column(name = "sold_on")
    public LocalDate soldOn;
    @Column(name = "created_at")
    public Instant createdAt;
}
