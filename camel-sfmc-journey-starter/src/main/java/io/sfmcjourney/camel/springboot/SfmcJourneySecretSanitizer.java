package io.sfmcjourney.camel.springboot;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the secret options of the component in {@code /actuator/env} and {@code /actuator/configprops} even when
 * their values are shown ({@code management.endpoint.*.show-values}): every key ending in a secret option name,
 * whatever its prefix or spelling ({@code camel.component.sfmc-journey.client-secret}, {@code sfmc.bu2.clientSecret},
 * {@code SFMC_CLIENT_SECRET}).
 */
public class SfmcJourneySecretSanitizer implements SanitizingFunction {

    @Override
    public SanitizableData apply(SanitizableData data) {
        return SecretOptions.isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }
}
