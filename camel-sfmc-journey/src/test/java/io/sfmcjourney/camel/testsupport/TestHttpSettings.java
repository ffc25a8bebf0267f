package io.sfmcjourney.camel.testsupport;

import java.time.Duration;

import io.sfmcjourney.camel.client.SfmcHttpSettings;
import org.apache.camel.component.http.HttpClientConfigurer;

/** {@link SfmcHttpSettings} for tests: short timeouts, small pool, no proxy. */
public final class TestHttpSettings {

    private TestHttpSettings() {
    }

    public static SfmcHttpSettings defaults() {
        return with(Duration.ofSeconds(5), 1_000_000, null);
    }

    public static SfmcHttpSettings with(Duration responseTimeout, long maxResponseSize,
                                        HttpClientConfigurer configurer) {
        return new SfmcHttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), responseTimeout, 20, 10,
                Duration.ofMinutes(1), null, 0, null, null, null, configurer, "sfmc-journey-test/1.0",
                maxResponseSize);
    }
}
