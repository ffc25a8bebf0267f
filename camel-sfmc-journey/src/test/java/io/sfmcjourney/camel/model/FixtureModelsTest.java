package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every recorded SFMC payload under {@code shared/api/fixtures} parses into its model with the recorded values. */
class FixtureModelsTest {

    static Path fixturesDir() {
        String shared = System.getProperty("sfmc.shared.dir", "../reference");
        return Path.of(shared, "api", "fixtures").toAbsolutePath().normalize();
    }

    static List<String> fixtures() throws IOException {
        Path root = fixturesDir();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void fixtureFolderHoldsTheRecordedPayloads() throws IOException {
        assertThat(fixtures()).hasSizeGreaterThanOrEqualTo(25)
                .contains("sfmc-devtools/test/resources/auth.json", "docs-examples/documented-responses.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureParsesIntoItsModel(String relativePath) throws IOException {
        FixtureCatalog.Check check = FixtureCatalog.checkFor(relativePath);
        check.verify(SfmcJson.mapper().readTree(fixturesDir().resolve(relativePath).toFile()));
    }

    @Test
    void unmappedFixtureIsReported() {
        String unknown = "sfmc-devtools/test/resources/9999999/interaction/v1/map/get-response.json";
        assertThatThrownBy(() -> FixtureCatalog.checkFor(unknown))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("map it to its model");
    }
}
