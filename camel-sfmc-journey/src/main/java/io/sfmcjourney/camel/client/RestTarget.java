package io.sfmcjourney.camel.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import io.sfmcjourney.camel.auth.AccessToken;
import org.apache.hc.core5.net.PercentCodec;

/**
 * Builds the URL of a call and guards where the bearer token may go: to the configured {@code restUrlOverride}, to
 * https hosts under {@code marketingcloudapis.com}, or to loopback hosts. Plain http is allowed only to loopback.
 */
final class RestTarget {

    static final String SFMC_DOMAIN = "marketingcloudapis.com";

    private final String overrideBase;

    /** @throws IllegalArgumentException when the override is malformed or plain http to a non-loopback host */
    RestTarget(String restUrlOverride) {
        this.overrideBase = restUrlOverride == null || restUrlOverride.isBlank()
                ? null
                : normalise(LoopbackHosts.requireSecureOrLoopback("restUrl", restUrlOverride.trim()).toString());
    }

    /**
     * The base URL for calls made with {@code token}: the override, else the token's {@code rest_instance_url}.
     *
     * @throws IllegalStateException when there is no override and the token's {@code rest_instance_url} is missing or
     *                               not a host the token may be sent to
     */
    String base(AccessToken token) {
        return overrideBase != null ? overrideBase : trustedInstanceUrl(token);
    }

    /** The full URL of {@code request} under {@code base}, with its query parameters percent-encoded. */
    static String url(String base, SfmcRequest request) {
        StringBuilder url = new StringBuilder(base).append(request.path());
        String separator = "?";
        for (Map.Entry<String, String> parameter : request.query()) {
            url.append(separator).append(encodeName(parameter.getKey()));
            if (parameter.getValue() != null) {
                url.append('=').append(PercentCodec.encode(parameter.getValue(), StandardCharsets.UTF_8));
            }
            separator = "&";
        }
        return url.toString();
    }

    private static String trustedInstanceUrl(AccessToken token) {
        String instanceUrl = token.restInstanceUrl();
        if (instanceUrl == null || instanceUrl.isBlank()) {
            throw new IllegalStateException("The SFMC token response has no rest_instance_url; set the option restUrl");
        }
        URI uri;
        try {
            uri = URI.create(instanceUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The SFMC token response has a malformed rest_instance_url: " + instanceUrl);
        }
        if (!mayReceiveToken(uri)) {
            throw new IllegalStateException("The SFMC token response names rest_instance_url " + instanceUrl
                                            + ", which is neither an https host under " + SFMC_DOMAIN
                                            + " nor a loopback host; the bearer token is not sent there."
                                            + " Set the option restUrl if that host is intended");
        }
        return normalise(uri.toString());
    }

    private static boolean mayReceiveToken(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (LoopbackHosts.isLoopback(host)) {
            return scheme.equals("http") || scheme.equals("https");
        }
        return scheme.equals("https") && (host.equals(SFMC_DOMAIN) || host.endsWith("." + SFMC_DOMAIN))
               && uri.getRawUserInfo() == null;
    }

    /** {@code $} is legal in a query and SFMC documents {@code $page}/{@code $pageSize} literally. */
    private static String encodeName(String name) {
        return PercentCodec.encode(name, StandardCharsets.UTF_8).replace("%24", "$");
    }

    private static String normalise(String base) {
        String b = base;
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return b;
    }
}
