package io.sfmcjourney.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.client.LoopbackHosts;
import org.apache.camel.util.StringHelper;

/** Checks the authentication options of a configuration and derives the token URL from them. */
final class CredentialsResolver {

    private static final Pattern SUBDOMAIN = Pattern.compile("[A-Za-z0-9-]+");
    private static final String TOKEN_PATH = "/v2/token";

    private CredentialsResolver() {
    }

    /**
     * The credentials the options describe.
     *
     * @throws IllegalArgumentException naming every missing option in its URI, component and Spring Boot form
     */
    static SfmcCredentials resolve(SfmcJourneyConfiguration configuration) {
        List<String> missing = new ArrayList<>();
        if (isBlank(configuration.getClientId())) {
            missing.add("clientId");
        }
        if (isBlank(configuration.getClientSecret())) {
            missing.add("clientSecret");
        }
        if (isBlank(configuration.getSubdomain()) && isBlank(configuration.getAuthUrl())) {
            missing.add("subdomain");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(missingMessage(missing));
        }
        return new SfmcCredentials(tokenUrl(configuration), configuration.getClientId(),
                configuration.getClientSecret(), emptyToNull(configuration.getAccountId()),
                emptyToNull(configuration.getScope()));
    }

    /** Where the endpoint's calls go, as far as known before a token: restUrl, else the tenant's REST host. */
    static String serviceUrl(SfmcJourneyConfiguration configuration) {
        if (!isBlank(configuration.getRestUrl())) {
            return configuration.getRestUrl();
        }
        if (!isBlank(configuration.getSubdomain())) {
            return "https://" + configuration.getSubdomain() + ".rest.marketingcloudapis.com";
        }
        return configuration.getAuthUrl();
    }

    private static String tokenUrl(SfmcJourneyConfiguration configuration) {
        String authUrl = configuration.getAuthUrl();
        if (isBlank(authUrl)) {
            String subdomain = configuration.getSubdomain();
            if (!SUBDOMAIN.matcher(subdomain).matches()) {
                throw new IllegalArgumentException("sfmc-journey: subdomain must consist of letters, digits and '-' "
                                                   + "(the first label of your tenant's URLs), but was '" + subdomain
                                                   + "'");
            }
            return "https://" + subdomain + ".auth.marketingcloudapis.com" + TOKEN_PATH;
        }
        String path = LoopbackHosts.requireSecureOrLoopback("authUrl", authUrl).getPath();
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return authUrl.replaceAll("/+$", "") + TOKEN_PATH;
        }
        return authUrl;
    }

    private static String missingMessage(List<String> missing) {
        StringBuilder message = new StringBuilder("sfmc-journey needs ");
        message.append(String.join(", ", missing).replace("subdomain", "subdomain (or authUrl)"));
        message.append(". Set ").append(missing.size() == 1 ? "it" : "them")
                .append(" on the component (camel.component.sfmc-journey.")
                .append(missing.get(0)).append("=..., in Spring Boot camel.component.sfmc-journey.")
                .append(StringHelper.camelCaseToDash(missing.get(0)))
                .append("=...) or as endpoint options (sfmc-journey:method?").append(missing.get(0)).append("=...)");
        return message.toString();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return isBlank(value) ? null : value;
    }
}
