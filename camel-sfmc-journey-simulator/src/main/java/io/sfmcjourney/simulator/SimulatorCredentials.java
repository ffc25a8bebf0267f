package io.sfmcjourney.simulator;

/**
 * What a client needs to call a running simulator: its URLs and one registered client.
 *
 * @param authUrl      OAuth token endpoint ({@code .../v2/token})
 * @param restUrl      REST base URL, with trailing slash
 * @param clientId     client id
 * @param clientSecret client secret; never shown by {@link #toString()}
 * @param accountId    account id (MID) the client's tokens are issued for by default
 */
public record SimulatorCredentials(String authUrl, String restUrl, String clientId, String clientSecret,
        String accountId) {

    /** All components except the secret, which is masked. */
    @Override
    public String toString() {
        return "SimulatorCredentials[authUrl=" + authUrl + ", restUrl=" + restUrl + ", clientId=" + clientId
                + ", clientSecret=******, accountId=" + accountId + "]";
    }
}
