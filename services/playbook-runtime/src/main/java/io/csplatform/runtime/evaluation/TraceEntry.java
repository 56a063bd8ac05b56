package io.csplatform.runtime.evaluation;

import java.util.Map;

/** One evaluated node of a condition tree: where it is, what it checked, what it saw and whether it passed. */
public record TraceEntry(String path, String type, boolean passed, Map<String, Object> seen) {
}
