package io.csplatform.customers.owner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A kind of customer owner ("Analista Principal", "CSM Onboarding"...), configured per tenant. */
@Entity
@Table(name = "owner_type")
public class OwnerType {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    public String name;
    @Column(name = "is_default")
    public boolean isDefault;
    @Column(name = "created_at")
    public Instant createdAt;
}
