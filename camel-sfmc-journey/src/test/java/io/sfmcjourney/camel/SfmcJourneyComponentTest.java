package io.sfmcjourney.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.sfmcjourney.camel.client.SfmcHttpSettings;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.Test;

/** The component's HTTP options as the settings of its one pooled client. */
class SfmcJourneyComponentTest {

    @Test
    void defaultsAreDocumentedOnes() {
        SfmcHttpSettings settings = new SfmcJourneyComponent().httpSettings();

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.connectionRequestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.maxTotalConnections()).isEqualTo(200);
        assertThat(settings.connectionsPerRoute()).isEqualTo(64);
        assertThat(settings.connectionTimeToLive()).as("unlimited").isNull();
        assertThat(settings.proxyHost()).isNull();
        assertThat(settings.sslContext()).isNull();
        assertThat(settings.maxResponseSize()).isEqualTo(50L * 1024 * 1024);
        assertThat(settings.userAgent()).isEqualTo(SfmcJourneyComponent.DEFAULT_USER_AGENT)
                .matches("camel-sfmc-journey/\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void optionsReachTheSettings() {
        SfmcJourneyComponent component = new SfmcJourneyComponent();
        component.setConnectTimeout(1_000);
        component.setResponseTimeout(2_000);
        component.setConnectionsPerRoute(8);
        component.setConnectionTimeToLive(300_000);
        component.setProxyHost("proxy.invalid");
        component.setProxyPort(3128);
        component.setProxyAuthUsername("user");
        component.setProxyAuthPassword("proxy-secret");
        component.setUserAgent("my-app/1");

        SfmcHttpSettings settings = component.httpSettings();

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.connectionsPerRoute()).isEqualTo(8);
        assertThat(settings.connectionTimeToLive()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.proxyHost()).isEqualTo("proxy.invalid");
        assertThat(settings.proxyPort()).isEqualTo(3128);
        assertThat(settings.proxyAuthPassword()).isEqualTo("proxy-secret");
        assertThat(settings.toString()).doesNotContain("proxy-secret");
        assertThat(settings.userAgent()).isEqualTo("my-app/1");
    }

    @Test
    void sslContextComesFromTheParametersOrTheGlobalOnes() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.setSSLContextParameters(new SSLContextParameters());
            SfmcJourneyComponent component = new SfmcJourneyComponent();
            context.addComponent("sfmc-journey", component);

            assertThat(component.httpSettings().sslContext()).as("global ones only when asked").isNull();
            component.setUseGlobalSslContextParameters(true);
            assertThat(component.httpSettings().sslContext()).isNotNull();

            SSLContextParameters broken = new SSLContextParameters();
            TrustManagersParameters trust = new TrustManagersParameters();
            KeyStoreParameters missing = new KeyStoreParameters();
            missing.setResource("file:/nonexistent/truststore.p12");
            missing.setPassword("changeit");
            trust.setKeyStore(missing);
            broken.setTrustManagers(trust);
            component.setSslContextParameters(broken);
            assertThatThrownBy(component::httpSettings).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("sslContextParameters");
        }
    }
}
