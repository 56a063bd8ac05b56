package io.csplatform.contracts.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Contract {

    public static final String ACTIVE = "active";
    public static final String CANCELLED = "cancelled";
    public static final String EXPIRED = "expired";

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "external_id")
    public String externalId;
    public String plan;
    public String[] products;
    public Integer users;
    public BigDecimal mrr;
    public String currency;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "auto_renew")
    public boolean autoRenew;
    public String status;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;
    @Column(name = "erp_version")
    public Long erpVersion;
    @Column(name = "created_at")
    public Instant createdAt;

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
