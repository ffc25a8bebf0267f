package io.sfmcjourney.camel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Micrometer is an optional dependency: only {@link MicrometerMetrics} refers to it, and the component, loaded where
 * no {@code io.micrometer} class can be found, calls SFMC and records nothing.
 */
class WithoutMicrometerTest {

    @RegisterExtension
    static final SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(builder -> { });

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path GENERATED_SOURCES = Path.of("src/generated/java");
    private static final Path MICROMETER_IMPLEMENTATION
            = MAIN_SOURCES.resolve("io/sfmcjourney/camel/metrics/MicrometerMetrics.java");

    @Test
    void onlyTheMicrometerImplementationImportsMicrometer() throws IOException {
        List<Path> importing;
        try (Stream<Path> files = Stream.concat(Files.walk(MAIN_SOURCES), Files.walk(GENERATED_SOURCES))) {
            importing = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(WithoutMicrometerTest::refersToMicrometer).toList();
        }
        assertThat(importing).containsExactly(MICROMETER_IMPLEMENTATION);
    }

    private static boolean refersToMicrometer(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .anyMatch(line -> line.startsWith("import io.micrometer") || line.contains(" io.micrometer.core.")
                                      && !line.contains("\""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Camel and the component loaded by a class loader of the test class path less the Micrometer jars (as an
     * application without Micrometer has it): a call to the simulator works and the metrics are the no-op ones.
     */
    @Test
    void withoutMicrometerTheComponentCallsSfmcAndRecordsNothing() throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(classPathWithoutMicrometer(),
                ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(isolated);
            assertThatThrownBy(() -> Class.forName(SfmcMetricsFactory.METER_REGISTRY_CLASS, false, isolated))
                    .isInstanceOf(ClassNotFoundException.class);
            Object context = isolated.loadClass("org.apache.camel.impl.DefaultCamelContext").getConstructor()
                    .newInstance();
            invoke(context, "start");
            try {
                SfmcSimulator sim = SIM.simulator();
                Object template = invoke(context, "createProducerTemplate");
                Object answer = template.getClass().getMethod("requestBody", String.class, Object.class, Class.class)
                        .invoke(template, "sfmc-journey:getEventDefinitionCollection?clientId="
                                          + SfmcSimulator.DEMO_CLIENT_ID + "&clientSecret=RAW("
                                          + SfmcSimulator.DEMO_CLIENT_SECRET + ")&authUrl=" + sim.authUrl()
                                          + "&rawJson=true", null, String.class);

                assertThat((String) answer).contains("items");
                assertThat(sim.counters().calls("getEventDefinitionCollection")).isEqualTo(1);
                Object component = context.getClass().getMethod("getComponent", String.class)
                        .invoke(context, "sfmc-journey");
                assertThat(component.getClass().getClassLoader()).isSameAs(isolated);
                Object metrics = invoke(component, "getMetrics");
                assertThat(metrics.getClass().getName()).isEqualTo(NoMetrics.class.getName());
            } finally {
                invoke(context, "stop");
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static Object invoke(Object target, String method) throws Exception {
        return target.getClass().getMethod(method).invoke(target);
    }

    /** The test class path as Surefire gives it (else java.class.path), without the Micrometer jars. */
    private static URL[] classPathWithoutMicrometer() throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank() && !Path.of(entry).getFileName().toString().startsWith("micrometer-")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        assertThat(urls).as("class path entries").hasSizeGreaterThan(10);
        return urls.toArray(URL[]::new);
    }
}
