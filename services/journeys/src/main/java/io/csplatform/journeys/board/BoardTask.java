package io.csplatform.journeys.board;

import io.csplatform.journeys.support.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A card on a CSM's personal board, about one customer. */
@Entity
@Table(name = "board_task")
public class BoardTask {

    @Id
    public UUID id;
    @Column(name = "tenant_id")
    public String tenantId;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "customer_id")
    public UUID customerId;
    public String title;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    @Column(name = "main_contact")
    public String mainContact;
    @Convert(converter = StringListConverter.class)
    public List<String> labels = List.of();
    @Column(name = "skip_weekends")
    public boolean skipWeekends;
    public String status;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "created_at")
    public Instant createdAt;
}
