package io.csplatform.journeys.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A card to add to a board: starts at {@code startAt} (moved to Monday, same time, when it falls on a weekend and
 * weekends are skipped) and lasts {@code durationMinutes}, a multiple of 15.
 */
public record BoardCard(@NotNull UUID customerId, @NotBlank @Size(max = 300) String title, @NotNull Instant startAt,
                        @NotNull Integer durationMinutes, boolean skipWeekends, @Size(max = 200) String mainContact,
                        List<@NotBlank String> labels) {
}
