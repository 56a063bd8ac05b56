package io.csplatform.events;

/**
 * An event or command type: its catalog name ({@code contract.created}), the record that carries its
 * payload and where its JSON Schema lives under {@code contracts/}.
 */
public record MessageType<T>(String name, Class<T> payloadType, Kind kind) {

    public enum Kind {
        EVENT("events"), COMMAND("commands");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    /** Path of the schema relative to {@code contracts/}. */
    public String schemaPath() {
        return kind.folder() + "/" + name + ".v1.json";
    }

    /** The CloudEvents {@code dataschema} attribute. */
    public String dataschema() {
        return "contracts/" + schemaPath();
    }
}
