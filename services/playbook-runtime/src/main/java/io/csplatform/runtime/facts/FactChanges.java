package io.csplatform.runtime.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one event changes in the facts projection, as plain data (so mapping an event is pure and testable):
 * field values of an entity ({@code kind} customer / contact / owner / contract / charge / task / ticket / answer /
 * user / health, {@code entity} its id or "" for the customer itself), day buckets, and whole days of a series that
 * a newer rollup replaces. Every write carries the version of the fact it sets: an older version never overwrites a
 * newer one, so any arrival order gives the same projection.
 */
public record FactChanges(List<Field> fields, List<Bucket> buckets, List<DayReplace> replaces) {

    public static final FactChanges NONE = new FactChanges(List.of(), List.of(), List.of());

    public record Field(String kind, String entity, String field, JsonNode value, long version) {
    }

    public record Bucket(String metric, LocalDate day, String item, BigDecimal amount, long version) {
    }

    /** The series {@code metric} for {@code day} is exactly the buckets of this version (older ones are dropped). */
    public record DayReplace(String metric, LocalDate day, long version) {
    }

    public boolean isEmpty() {
        return fields.isEmpty() && buckets.isEmpty() && replaces.isEmpty();
    }

    public static Builder builder(long version) {
        return new Builder(version);
    }

    /** Collects the writes of one event, all at the event's version unless told otherwise. */
    public static final class Builder {

        private final long version;
        private final List<Field> fields = new ArrayList<>();
        private final List<Bucket> buckets = new ArrayList<>();
        private final List<DayReplace> replaces = new ArrayList<>();

        private Builder(long version) {
            this.version = version;
        }

        public Builder set(String kind, Object entity, String field, Object value) {
            fields.add(new Field(kind, entity == null ? "" : entity.toString(), field, json(value), version));
            return this;
        }

        /** Copies a field of the payload when the payload has it (an absent optional field changes nothing). */
        public Builder copy(String kind, Object entity, JsonNode payload, String field) {
            if (payload.has(field)) {
                set(kind, entity, field, payload.get(field));
            }
            return this;
        }

        public Builder copy(String kind, Object entity, JsonNode payload, String... fieldNames) {
            for (String field : fieldNames) {
                copy(kind, entity, payload, field);
            }
            return this;
        }

        public Builder bucket(String metric, LocalDate day, String item, BigDecimal amount) {
            buckets.add(new Bucket(metric, day, item, amount, version));
            return this;
        }

        public Builder replaceDay(String metric, LocalDate day) {
            replaces.add(new DayReplace(metric, day, version));
            return this;
        }

        public FactChanges build() {
            return new FactChanges(List.copyOf(fields), List.copyOf(buckets), List.copyOf(replaces));
        }

        private static JsonNode json(Object value) {
            if (value instanceof JsonNode node) {
                return node;
            }
            return value == null ? EventJson.MAPPER.nullNode() : EventJson.MAPPER.valueToTree(value);
        }
    }
}
