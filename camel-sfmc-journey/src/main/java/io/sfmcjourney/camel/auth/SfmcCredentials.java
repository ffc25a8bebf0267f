package io.sfmcjourney.camel.auth;

/**
 * One set of client credentials for the SFMC v2 token endpoint. {@link #toString()} never shows the secret.
 *
 * @param authUrl      the full token URL, e.g. {@code https://sub.auth.marketingcloudapis.com/v2/token}
 * @param clientId     the installed package's client id
 * @param clientSecret the installed package's client secret
 * @param accountId    the business unit MID, or null for the package's own
 * @param scope        space-separated scopes, or null for all of the package's scopes
 */
public record SfmcCredentials(String authUrl, String clientId, String clientSecret, String accountId, String scope) {

    @Override
    public String toString() {
        return "SfmcCredentials[authUrl=" + authUrl + ", clientId=" + clientId + ", accountId=" + accountId
               + ", scope=" + scope + ", clientSecret=******]";
    }
}
