package io.csplatform.events;


import java.util.List;

/** Events of the finance service ({@code cs.finance.events.v1}). */
public final class FinanceMessages {

    public static final List<MessageType<?>> ALL = List.of();

    private FinanceMessages() {
    }
}
