package io.csplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Keycloak H2 database with the realm freshly imported, made once per realm.json content and copied
 * into every new instance: a new instance then skips schema creation and import (about 13 s to 6 s).
 */
final class KeycloakRealmTemplate {

    private KeycloakRealmTemplate() {
    }

    /** The template's h2 directory for this realm.json, created on first use. */
    static Path ensure(Path install, Path realm, Path logsDir) {
        Path template = install.resolveSibling(install.getFileName() + "-realm-" + hash(realm));
        if (Files.exists(template)) {
            return template;
        }
        return CacheDir.locked("keycloak", () -> {
            if (!Files.exists(template)) {
                create(install, realm, template, logsDir);
            }
            return template;
        });
    }

    private static void create(Path install, Path realm, Path template, Path logsDir) {
        Path scratch = install.resolveSibling("keycloak-template-" + ProcessHandle.current().pid());
        Files2.deleteRecursively(scratch);
        KeycloakServer.prepareInstance(scratch, install, realm);
        ChildProcess process = KeycloakServer.launch(scratch, Ports.free(), logsDir.resolve("keycloak-template.log"));
        process.close();
        try {
            Files.move(scratch.resolve("data/h2"), template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Files2.deleteRecursively(scratch);
        }
    }

    private static String hash(Path realm) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(realm));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
