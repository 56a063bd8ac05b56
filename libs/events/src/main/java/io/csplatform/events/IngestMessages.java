package io.csplatform.events;


import java.util.List;

/** Messages ERP and billing systems send on {@code cs.ingest.erp.v1}. */
public final class IngestMessages {

    public static final List<MessageType<?>> ALL = List.of();

    private IngestMessages() {
    }
}
