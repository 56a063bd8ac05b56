package io.csplatform.customers.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Customer {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String name;
    @Column(name = "external_id")
    public String externalId;
    public String status;
    @Column(name = "registration_date")
    public LocalDate registrationDate;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public String plan;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] products = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] services = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] groups = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] segments = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] tags = new String[0];
    @Column(name = "portfolio_id")
    public UUID portfolioId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "archived_at")
    public Instant archivedAt;
}
