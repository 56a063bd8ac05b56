package io.csplatform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantTopicsTest {

    @Test
    void aTenantsIngestTopicNamesTheTenantAndMatchesThePatternButItsDeadLetterTopicDoesNot() {
        String topic = Topic.INGEST_ERP.forTenant("acme");
        assertThat(topic).isEqualTo("cs.tenant.acme.ingest.erp.v1");
        assertThat(Topic.tenantOf(topic)).contains("acme");
        assertThat(topic).matches(Topic.INGEST_ERP.tenantPattern());
        assertThat(topic + ".dlq").doesNotMatch(Topic.INGEST_ERP.tenantPattern());
        assertThat(Topic.INGEST_TRACKING.forTenant("acme")).doesNotMatch(Topic.INGEST_ERP.tenantPattern());
        assertThat(Topic.tenantOf("cs.ingest.erp.v1")).isEmpty();
        assertThatThrownBy(() -> Topic.tenantPrefix("ac.me")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTenantOfAnIngestMessageIsTheTopicsAndAHeaderNamingAnotherTenantIsRefused() {
        String topic = Topic.INGEST_ERP.forTenant("acme");
        var withoutTenant = record(topic, null);
        assertThat(IncomingMessage.fromTenantTopic(withoutTenant).headers().tenantId()).isEqualTo("acme");
        assertThat(IncomingMessage.fromTenantTopic(record(topic, "acme")).headers().tenantId()).isEqualTo("acme");
        assertThatThrownBy(() -> IncomingMessage.fromTenantTopic(record(topic, "globex")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("ce_tenantid 'globex'");
        assertThatThrownBy(() -> IncomingMessage.fromTenantTopic(record("cs.ingest.erp.v1", "acme")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("not a tenant's ingest topic");
    }

    private static ConsumerRecord<String, String> record(String topic, String tenantHeader) {
        var record = new ConsumerRecord<>(topic, 0, 0L, "C-1", "{}");
        RecordHeaders headers = (RecordHeaders) record.headers();
        header(headers, "ce_id", UUID.randomUUID().toString());
        header(headers, "ce_source", "/erp");
        header(headers, "ce_type", "erp.contract");
        header(headers, "ce_subject", "C-1");
        header(headers, "ce_time", Instant.now().toString());
        if (tenantHeader != null) {
            header(headers, "ce_tenantid", tenantHeader);
        }
        return record;
    }

    private static void header(RecordHeaders headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
