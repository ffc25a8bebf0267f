package io.sfmcjourney.camel.auth;

import java.time.Instant;

/**
 * A bearer token with its expiry and the instance URLs the token response named. {@link #toString()} masks the value.
 *
 * @param value           the bearer token
 * @param expiresAt       when the token stops being valid per {@code expires_in}
 * @param restInstanceUrl the {@code rest_instance_url} of the token response (trailing slash removed)
 * @param scope           the granted scopes
 */
public record AccessToken(String value, Instant expiresAt, String restInstanceUrl, String scope) {

    @Override
    public String toString() {
        return "AccessToken[value=******, expiresAt=" + expiresAt + ", restInstanceUrl=" + restInstanceUrl + "]";
    }
}
