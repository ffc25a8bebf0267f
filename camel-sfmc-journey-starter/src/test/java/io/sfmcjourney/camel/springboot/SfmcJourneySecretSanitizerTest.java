package io.sfmcjourney.camel.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.actuate.endpoint.SanitizableData;

class SfmcJourneySecretSanitizerTest {

    private final SfmcJourneySecretSanitizer sanitizer = new SfmcJourneySecretSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {"camel.component.sfmc-journey.client-secret", "sfmc.bu2.client-secret", "clientSecret",
                            "SFMC_CLIENT_SECRET", "CAMEL_COMPONENT_SFMCJOURNEY_CLIENTSECRET",
                            "camel.component.sfmc-journey.proxy-auth-password",
                            "camel.component.sfmc-journey.proxy-auth-username", "configuration.clientSecret"})
    void masksSecretOptionsWhateverTheirPrefixOrSpelling(String key) {
        assertThat(sanitizer.apply(new SanitizableData(null, key, "value-1")).getValue())
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"camel.component.sfmc-journey.client-id", "camel.component.sfmc-journey.account-id",
                            "camel.component.sfmc-journey.proxy-host", "server.port"})
    void leavesOtherKeysAlone(String key) {
        assertThat(sanitizer.apply(new SanitizableData(null, key, "value-2")).getValue()).isEqualTo("value-2");
    }
}
