package io.csplatform.devstack;

/**
 * Where the dev stack's PostgreSQL, Kafka broker and Keycloak run. Whatever the source, each part answers on
 * {@code localhost} at its {@link DevStackConfig} port and is set up the same way:
 * <ul>
 *   <li>PostgreSQL: database {@value #DATABASE}, user {@value #DATABASE_USER}, {@code wal_level=logical},
 *   synchronous commits;</li>
 *   <li>Kafka: one KRaft node with SASL on every listener and ACLs, as {@link KafkaBroker#settings} lists;</li>
 *   <li>Keycloak: the committed realm of {@code deploy/keycloak/realm.json} imported.</li>
 * </ul>
 * {@link #PROCESSES}, the default, runs them as child processes of this JVM from Maven Central artifacts (a JDK is
 * all a machine needs); {@code libs/testing} adds containers, for machines with a Docker engine.
 */
public interface Infrastructure {

    String DATABASE = "cs";
    String DATABASE_USER = "postgres";
    String DATABASE_PASSWORD = "postgres";

    /** Child processes from Maven Central artifacts: PostgreSQL binaries, the Kafka jars, the Keycloak distribution. */
    Infrastructure PROCESSES = new Infrastructure() {
        @Override
        public String name() {
            return "processes";
        }

        @Override
        public Database postgres(DevStackConfig config) {
            return PostgresServer.start(config);
        }

        @Override
        public Component kafka(DevStackConfig config) {
            return KafkaBroker.start(config);
        }

        @Override
        public Component keycloak(DevStackConfig config) {
            return KeycloakServer.start(config);
        }
    };

    String name();

    /** Starts PostgreSQL (again, after {@link Component#kill}: on the same data, running crash recovery). */
    Database postgres(DevStackConfig config);

    /** Starts the Kafka broker (again, after {@link Component#kill}: on the same log directories). */
    Component kafka(DevStackConfig config);

    Component keycloak(DevStackConfig config);

    /** One started part of the infrastructure. */
    interface Component extends AutoCloseable {

        /** Resident memory in kB; 0 where the part is not a process of this machine. */
        long rssKb();

        /** kill -9, as a machine crash would; its data stays for the next start (fault tests). */
        void kill();

        @Override
        void close();
    }

    /** PostgreSQL, which can also lose one backend. */
    interface Database extends Component {

        /** kill -9 of one backend serving a client of the platform's database: the server ends every connection. */
        void crashBackend();
    }
}
