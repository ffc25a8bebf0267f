package io.sfmcjourney.camel.auth;

import java.io.IOException;
import java.time.Duration;

import io.sfmcjourney.camel.client.SfmcHttpClientFactory;
import io.sfmcjourney.camel.testsupport.TestHttpSettings;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SfmcTokenManagersTest {

    private static final String AUTH = "https://sub.auth.marketingcloudapis.com/v2/token";

    private final CloseableHttpClient http = SfmcHttpClientFactory.create(TestHttpSettings.defaults());
    private final SfmcTokenManagers registry = new SfmcTokenManagers(http, Duration.ofSeconds(60));

    @AfterEach
    void close() throws IOException {
        http.close();
    }

    @Test
    void sameCredentialsShareOneManager() {
        SfmcTokenManager a = registry.forCredentials(new SfmcCredentials(AUTH, "id", "secret", "123", null));
        SfmcTokenManager b = registry.forCredentials(new SfmcCredentials(AUTH, "id", "secret", "123", null));

        assertThat(a).isSameAs(b);
        assertThat(registry.managers()).containsExactly(a);
    }

    @Test
    void businessUnitAndScopeSelectDifferentManagers() {
        SfmcTokenManager base = registry.forCredentials(new SfmcCredentials(AUTH, "id", "secret", null, null));
        SfmcTokenManager otherBu = registry.forCredentials(new SfmcCredentials(AUTH, "id", "secret", "456", null));
        SfmcTokenManager otherScope = registry.forCredentials(
                new SfmcCredentials(AUTH, "id", "secret", null, "journeys_read"));

        assertThat(base).isNotSameAs(otherBu).isNotSameAs(otherScope);
        assertThat(registry.managers()).hasSize(3);
    }

    @Test
    void conflictingSecretForTheSameClientIsRefusedWithoutShowingIt() {
        registry.forCredentials(new SfmcCredentials(AUTH, "id", "first-secret", null, null));

        assertThatThrownBy(() -> registry.forCredentials(new SfmcCredentials(AUTH, "id", "second-secret", null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientId id")
                .hasMessageNotContaining("first-secret")
                .hasMessageNotContaining("second-secret");
    }
}
