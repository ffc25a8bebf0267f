package io.sfmcjourney.camel.springboot;

import java.util.List;
import java.util.Locale;

/** The component's secret options, recognised in any spelling of a property key or option name. */
final class SecretOptions {

    /** The secret options of the component JSON (generated), lower case without separators. */
    static final List<String> NAMES = SfmcJourneyComponentOptions.SECRET_OPTIONS.stream()
            .map(SecretOptions::normalize).toList();

    private SecretOptions() {
    }

    /**
     * Whether the key names a secret option, whatever its prefix or spelling: {@code clientSecret},
     * {@code camel.component.sfmc-journey.client-secret}, {@code sfmc.bu2.client-secret}, {@code SFMC_CLIENT_SECRET}.
     */
    static boolean isSecret(String key) {
        String normalized = normalize(key);
        return NAMES.stream().anyMatch(normalized::endsWith);
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
