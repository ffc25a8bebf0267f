package io.sfmcjourney.camel.client;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises loopback hosts from their name alone, without any DNS lookup: {@code localhost}, IPv4 literals in
 * {@code 127.0.0.0/8} and the IPv6 literal {@code ::1}. Credentials and tokens may travel over plain {@code http}
 * only to these hosts.
 */
public final class LoopbackHosts {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6_LOOPBACK = Pattern.compile("(0{0,4}:){2,7}0{0,3}1|::1");

    private LoopbackHosts() {
    }

    /** Whether {@code host} (a name or literal, IPv6 with or without brackets) is a loopback host. */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches() || IPV6_LOOPBACK.matcher(h).matches();
    }

    /**
     * Checks that {@code url} is an absolute http(s) URL and that it uses https unless its host is a loopback host.
     *
     * @param  option                   the option name to name in the error
     * @return                          the parsed URL
     * @throws IllegalArgumentException when the URL is malformed or would send secrets in clear text to another host
     */
    public static URI requireSecureOrLoopback(String option, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Option " + option + " is not a valid URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("Option " + option + " must be an absolute http(s) URL: " + url);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Option " + option + " must use https: credentials and tokens are sent"
                                               + " over plain http only to loopback hosts, not to " + uri.getHost());
        }
        return uri;
    }
}
