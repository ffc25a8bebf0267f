package io.sfmcjourney.camel;

import static org.assertj.core.api.Assertions.assertThat;

import io.sfmcjourney.camel.auth.SfmcCredentials;
import org.junit.jupiter.api.Test;

class CredentialsResolverTest {

    @Test
    void tokenUrlComesFromTheSubdomain() {
        SfmcCredentials credentials = CredentialsResolver.resolve(configuration("mc-abc", null));
        assertThat(credentials.authUrl()).isEqualTo("https://mc-abc.auth.marketingcloudapis.com/v2/token");
        assertThat(credentials.clientId()).isEqualTo("cid");
        assertThat(credentials.clientSecret()).isEqualTo("secret");
        assertThat(credentials.accountId()).isEqualTo("5001");
        assertThat(credentials.scope()).isNull();
        assertThat(credentials.toString()).doesNotContain("secret=secret").doesNotContain("secret]");
    }

    @Test
    void authenticationBaseUriGetsTheTokenPathAndFullTokenUrlIsKept() {
        assertThat(CredentialsResolver.resolve(configuration("ignored", "https://mc-abc.auth.marketingcloudapis.com/"))
                .authUrl()).isEqualTo("https://mc-abc.auth.marketingcloudapis.com/v2/token");
        assertThat(CredentialsResolver.resolve(configuration(null, "http://127.0.0.1:8080")).authUrl())
                .isEqualTo("http://127.0.0.1:8080/v2/token");
        assertThat(CredentialsResolver.resolve(configuration(null, "http://127.0.0.1:8080/custom/token")).authUrl())
                .isEqualTo("http://127.0.0.1:8080/custom/token");
    }

    private static SfmcJourneyConfiguration configuration(String subdomain, String authUrl) {
        SfmcJourneyConfiguration configuration = new SfmcJourneyConfiguration();
        configuration.setClientId("cid");
        configuration.setClientSecret("secret");
        configuration.setAccountId("5001");
        configuration.setScope(" ");
        configuration.setSubdomain(subdomain);
        configuration.setAuthUrl(authUrl);
        return configuration;
    }
}
