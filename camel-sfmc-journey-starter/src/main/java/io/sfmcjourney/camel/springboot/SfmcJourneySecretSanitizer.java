package io.sfmcjourney.camel.springboot;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the secret options of the component in {@code /actuator/env} and {@code /actuator/configprops} even when
 * their values are shown ({@code management.endpoint.*.show-values}): every key ending in a secret option name,
 * whatever its prefix or spelling ({@code camel.component.sfmc-journey.client-secret}, {@code sfmc.bu2.clientSecret},
 * {@code SFMC_CLIENT_SECRET}).
 */
public class SfmcJourneySecretSanitizer implements SanitizingFunction {

    /** The component's secret options, lower case without separators. */
    static final List<String> SECRET_OPTIONS = List.of("clientsecret", "proxyauthusername", "proxyauthpassword");

    @Override
    public SanitizableData apply(SanitizableData data) {
        return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    static boolean isSecret(String key) {
        String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return SECRET_OPTIONS.stream().anyMatch(normalized::endsWith);
    }
}
