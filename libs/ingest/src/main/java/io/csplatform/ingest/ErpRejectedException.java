package io.csplatform.ingest;

/** An ERP message that may apply later (its customer is not known yet): retried, then dead-lettered with the reason. */
public class ErpRejectedException extends RuntimeException {

    public ErpRejectedException(String reason) {
        super(reason);
    }
}
