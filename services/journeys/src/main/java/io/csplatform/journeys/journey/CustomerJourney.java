package io.csplatform.journeys.journey;

import io.csplatform.journeys.support.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A journey set for a customer from one template version; only the latest one set is current. */
@Entity
@Table(name = "customer_journey")
public class CustomerJourney {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "template_id")
    public UUID templateId;
    @Column(name = "template_version")
    public int templateVersion;
    public String name;
    /** The stage names in order, as in the template version. */
    @Convert(converter = StringListConverter.class)
    public List<String> stages;
    public boolean current;
    @Column(name = "set_at")
    public Instant setAt;
}
