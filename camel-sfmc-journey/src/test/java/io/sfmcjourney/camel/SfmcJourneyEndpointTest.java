package io.sfmcjourney.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Endpoint creation, option binding, start-time checks and secret masking; no network. */
class SfmcJourneyEndpointTest {

    private static final String SECRET = "s3cr3t-value-42";

    private DefaultCamelContext context;
    private SfmcJourneyComponent component;

    @BeforeEach
    void startContext() {
        context = new DefaultCamelContext();
        context.start();
        component = context.getComponent("sfmc-journey", SfmcJourneyComponent.class);
    }

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void unknownMethodFailsListingTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("sfmc-journey:getJourneys?clientId=a"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("'getJourneys'").hasMessageContaining("getInteractionCollection");
    }

    @Test
    void componentOptionsAreInheritedAndEndpointOptionsOverrideThem() {
        component.getConfiguration().setClientId("component-client");
        component.getConfiguration().setClientSecret(SECRET);
        component.getConfiguration().setSubdomain("mc-1");
        component.getConfiguration().setMaxRetries(5);

        SfmcJourneyEndpoint endpoint = context.getEndpoint(
                "sfmc-journey:getInteraction?clientId=endpoint-client&id=j-1&retryInitialDelay=250ms"
                                                           + "&retryMaxTotalWait=1m",
                SfmcJourneyEndpoint.class);

        assertThat(endpoint.getMethod()).isEqualTo(SfmcJourneyMethod.getInteraction);
        SfmcJourneyConfiguration configuration = endpoint.getConfiguration();
        assertThat(configuration.getClientId()).isEqualTo("endpoint-client");
        assertThat(configuration.getClientSecret()).isEqualTo(SECRET);
        assertThat(endpoint.getOptions().getId()).isEqualTo("j-1");
        assertThat(configuration.getMaxRetries()).isEqualTo(5);
        assertThat(configuration.getRetryInitialDelay()).isEqualTo(250);
        assertThat(configuration.getRetryMaxTotalWait()).isEqualTo(60_000);
        assertThat(component.getConfiguration().getClientId()).as("component untouched").isEqualTo("component-client");
    }

    @Test
    void componentOptionsBindFromProperties() {
        context.getPropertiesComponent().addInitialProperty("sfmc.secret", SECRET);
        SfmcJourneyComponent bound = new SfmcJourneyComponent();
        context.addComponent("sfmc-bound", bound);
        PropertyBindingSupport.build()
                .withCamelContext(context).withTarget(bound)
                .withProperty("clientId", "cid")
                .withProperty("clientSecret", "{{sfmc.secret}}")
                .withProperty("connectTimeout", "5s")
                .withProperty("connectionsPerRoute", "8")
                .bind();
        assertThat(bound.getConfiguration().getClientId()).isEqualTo("cid");
        assertThat(bound.getConfiguration().getClientSecret()).isEqualTo(SECRET);
        assertThat(bound.getConnectTimeout()).isEqualTo(5_000);
        assertThat(bound.getConnectionsPerRoute()).isEqualTo(8);
    }

    @Test
    void endpointUriNeverShowsTheClientSecret() {
        String uri = "sfmc-journey:getInteraction?clientId=cid&clientSecret=" + SECRET + "&subdomain=mc-1&id=j";
        SfmcJourneyEndpoint endpoint = context.getEndpoint(uri, SfmcJourneyEndpoint.class);

        assertThat(endpoint.getConfiguration().getClientSecret()).isEqualTo(SECRET);
        assertThat(endpoint.getEndpointUri()).doesNotContain(SECRET).contains("clientSecret=xxxxxx");
        assertThat(endpoint.toString()).doesNotContain(SECRET);
        assertThat(endpoint.getEndpointBaseUri()).doesNotContain(SECRET);
        assertThat(URISupport.sanitizeUri(uri)).doesNotContain(SECRET);
        assertThat(endpoint.getServiceUrl()).doesNotContain(SECRET);

        SfmcJourneyEndpoint raw = context.getEndpoint("sfmc-journey:getInteraction?clientId=cid&clientSecret=RAW("
                                                      + SECRET + "&x)&subdomain=mc-1&id=j",
                SfmcJourneyEndpoint.class);
        assertThat(raw.getConfiguration().getClientSecret()).isEqualTo(SECRET + "&x");
        assertThat(raw.getEndpointUri()).doesNotContain(SECRET);
    }

    @Test
    void missingCredentialsFailTheStartNamingTheOptions() {
        assertThatThrownBy(() -> context.getEndpoint("sfmc-journey:getInteraction?id=j"))
                .hasStackTraceContaining("sfmc-journey needs clientId, clientSecret, subdomain (or authUrl)")
                .hasStackTraceContaining("camel.component.sfmc-journey.clientId=")
                .hasStackTraceContaining("camel.component.sfmc-journey.client-id=");

        assertThatThrownBy(() -> context.getEndpoint("sfmc-journey:getInteraction?id=j&clientId=c&authUrl=x"))
                .hasStackTraceContaining("sfmc-journey needs clientSecret.")
                .hasStackTraceContaining("camel.component.sfmc-journey.client-secret=");
    }

    @Test
    void subdomainMustBeAHostLabel() {
        assertThatThrownBy(() -> context.getEndpoint(
                "sfmc-journey:discovery?clientId=c&clientSecret=s&subdomain=evil.invalid%2Fx%23"))
                .hasStackTraceContaining("subdomain must consist of letters, digits and '-'");
    }

    @Test
    void serviceLocationIsTheRestHostWithoutSecrets() {
        SfmcJourneyEndpoint bySubdomain = context.getEndpoint(
                "sfmc-journey:discovery?clientId=c&clientSecret=s&subdomain=mc-1&accountId=5001", SfmcJourneyEndpoint.class);
        assertThat(bySubdomain.getServiceUrl()).isEqualTo("https://mc-1.rest.marketingcloudapis.com");
        assertThat(bySubdomain.getServiceProtocol()).isEqualTo("rest");
        assertThat(bySubdomain.getServiceMetadata()).containsEntry("accountId", "5001");

        SfmcJourneyEndpoint byRestUrl = context.getEndpoint(
                "sfmc-journey:discovery?clientId=c&clientSecret=s&authUrl=http://127.0.0.1:1/&restUrl=http://127.0.0.1:2",
                SfmcJourneyEndpoint.class);
        assertThat(byRestUrl.getServiceUrl()).isEqualTo("http://127.0.0.1:2");
    }

    @Test
    void unknownOutputClassFailsTheStart() {
        assertThatThrownBy(() -> context.getEndpoint(
                "sfmc-journey:discovery?clientId=c&clientSecret=s&subdomain=mc-1&outputClass=com.example.Nope"))
                .hasStackTraceContaining("outputClass com.example.Nope is not on the classpath");
    }

    @Test
    void consumingAMethodWithoutConsumerIsRefusedClearly() throws Exception {
        SfmcJourneyEndpoint history = context.getEndpoint(
                "sfmc-journey:getHistory?clientId=c&clientSecret=s&subdomain=mc-1", SfmcJourneyEndpoint.class);
        assertThat(history.createConsumer(exchange -> {
        })).isInstanceOf(io.sfmcjourney.camel.consumer.HistoryConsumer.class);
        SfmcJourneyEndpoint endpoint = context.getEndpoint(
                "sfmc-journey:discovery?clientId=c&clientSecret=s&subdomain=mc-1", SfmcJourneyEndpoint.class);
        assertThatThrownBy(() -> endpoint.createConsumer(exchange -> {
        })).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("discovery cannot be consumed")
                .hasMessageContaining("publishStatus, getHistory, searchJourneyHistory");
    }
}
