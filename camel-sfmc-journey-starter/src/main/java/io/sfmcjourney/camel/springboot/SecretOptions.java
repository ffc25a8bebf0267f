package io.sfmcjourney.camel.springboot;

import java.util.List;
import java.util.Locale;

/** The component's secret options, recognised in any spelling of a property key or option name. */
final class SecretOptions {

    /** The secret options, lower case without separators (a test keeps them equal to the component JSON). */
    static final List<String> NAMES = List.of("clientsecret", "proxyauthusername", "proxyauthpassword");

    private SecretOptions() {
    }

    /**
     * Whether the key names a secret option, whatever its prefix or spelling: {@code clientSecret},
     * {@code camel.component.sfmc-journey.client-secret}, {@code sfmc.bu2.client-secret}, {@code SFMC_CLIENT_SECRET}.
     */
    static boolean isSecret(String key) {
        String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return NAMES.stream().anyMatch(normalized::endsWith);
    }
}
