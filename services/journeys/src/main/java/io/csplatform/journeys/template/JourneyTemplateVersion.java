package io.csplatform.journeys.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One immutable version of a template; {@code definition} is its {@link JourneyDefinition} as JSON. */
@Entity
@Table(name = "journey_template_version")
public class JourneyTemplateVersion {

    @Id
    public UUID id;
    @Column(name = "template_id")
    public UUID templateId;
    public int version;
    @Column(name = "tenant_id")
    public String tenantId;
    public String definition;
    @Column(name = "created_at")
    public Instant createdAt;
}
