package io.csplatform.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every service's src/main/docker/Dockerfile.jvm, and the Maven profile that builds the images. */
class ContainerImageTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");

    static List<String> problems(String service, String dockerfile, int port) {
        List<String> problems = new ArrayList<>();
        Matcher from = FROM.matcher(dockerfile);
        if (!from.find()) {
            return List.of(service + ": no FROM");
        }
        String image = from.group(1);
        String tag = image.contains(":") ? image.substring(image.indexOf(':') + 1) : "";
        if (tag.isEmpty() || tag.equals("latest") || !tag.matches(".*\\d.*")) {
            problems.add(service + ": base image " + image + " is not pinned to a version");
        }
        Matcher user = USER.matcher(dockerfile);
        String lastUser = null;
        while (user.find()) {
            lastUser = user.group(1);
        }
        if (lastUser == null || lastUser.equals("root") || lastUser.equals("0")) {
            problems.add(service + ": runs as root (USER " + lastUser + ")");
        }
        for (String layer : List.of("target/quarkus-app/lib/", "target/quarkus-app/app/", "target/quarkus-app/quarkus/",
                "target/quarkus-app/*.jar")) {
            if (!dockerfile.contains(layer)) {
                problems.add(service + ": the fast-jar layer " + layer + " is not copied");
            }
        }
        if (!dockerfile.contains("quarkus-run.jar")) {
            problems.add(service + ": does not start quarkus-run.jar");
        }
        Matcher expose = EXPOSE.matcher(dockerfile);
        if (!expose.find() || Integer.parseInt(expose.group(1)) != port) {
            problems.add(service + ": must EXPOSE " + port);
        }
        return problems;
    }

    @Test
    void everyServiceHasAPinnedNonRootFastJarImage() {
        List<String> problems = new ArrayList<>();
        for (ServiceSettings service : ServiceSettings.all()) {
            var file = Repository.path("services/" + service.name() + "/src/main/docker/Dockerfile.jvm");
            if (!java.nio.file.Files.exists(file)) {
                problems.add(service.name() + ": no src/main/docker/Dockerfile.jvm");
                continue;
            }
            problems.addAll(problems(service.name(), Repository.read(file), service.port()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLatestOrRootImageIsNamed() {
        String good = Repository.read("services/tickets/src/main/docker/Dockerfile.jvm");
        assertThat(problems("tickets", good, 8084)).isEmpty();
        String bad = good.replaceFirst("(?m)^FROM .*$", "FROM eclipse-temurin:latest").replaceFirst("(?m)^USER .*$", "USER root");
        assertThat(problems("tickets", bad, 8084)).containsExactly(
                "tickets: base image eclipse-temurin:latest is not pinned to a version", "tickets: runs as root (USER root)");
        assertThat(problems("tickets", good, 8085)).containsExactly("tickets: must EXPOSE 8085");
    }

    @Test
    void imagesAreBuiltOnlyInTheContainerProfile() {
        String pom = Repository.read("services/pom.xml");
        int profiles = pom.indexOf("<profiles>");
        assertThat(profiles).as("services/pom.xml has a <profiles> section").isPositive();
        assertThat(pom.substring(0, profiles)).as("outside the profile: the default build needs no Docker")
                .doesNotContain("quarkus-container-image");
        String profile = pom.substring(pom.indexOf("<id>container</id>"), pom.indexOf("</profile>", pom.indexOf("<id>container</id>")));
        assertThat(profile).contains("<artifactId>quarkus-container-image-docker</artifactId>")
                .contains("<quarkus.container-image.build>true</quarkus.container-image.build>")
                .contains("src/main/docker/Dockerfile.jvm");
    }
}
