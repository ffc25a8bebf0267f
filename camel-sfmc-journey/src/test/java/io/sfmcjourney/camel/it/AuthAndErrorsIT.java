package io.sfmcjourney.camel.it;

import static io.sfmcjourney.camel.SfmcJourneyConstants.ID;
import static io.sfmcjourney.camel.SfmcJourneyConstants.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.SfmcJourneyComponent;
import io.sfmcjourney.camel.SfmcJourneyConfiguration;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.model.EntryEvent;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.RecordedRequest;
import io.sfmcjourney.simulator.SfmcSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;

/** Tokens (reuse, expiry), SFMC errors as HttpOperationFailedException, retries and secrets. */
class AuthAndErrorsIT extends SimulatorTestSupport {

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] { createRouteBuilder(), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:guardedGet")
                        .onException(HttpOperationFailedException.class).handled(true)
                            .setBody(simple("${exception.statusCode} ${exception.errorCode} ${exception.message}"))
                        .end()
                        .to("sfmc-journey:getInteraction");
            }
        } };
    }

    @Test
    void oneTokenServesManyCalls() {
        String scheme = freshComponent("sfmc-reuse", SfmcSimulator.DEMO_CLIENT_SECRET);
        createEventDefinition("ev-reuse");

        for (int i = 0; i < 10; i++) {
            Exchange exchange = callUri(scheme + ":postInteractionsEvents",
                    new EntryEvent("contact-" + i, "ev-reuse", Map.of()));
            assertThat(exchange.getException()).isNull();
        }

        assertThat(sim().acceptedEvents()).hasSize(10);
        assertThat(sim().counters().tokenRequests()).isEqualTo(1);
    }

    @Test
    void expiredTokenIsRenewedAndTheCallReplayedTransparently() {
        String scheme = freshComponent("sfmc-expiry", SfmcSimulator.DEMO_CLIENT_SECRET);
        assertThat(callUri(scheme + ":discovery", null).getException()).isNull();
        String id = (String) createJourney("exp").get("id");
        assertThat(callUri(scheme + ":getInteraction?id=" + id, null).getException()).isNull();
        long tokensBefore = sim().counters().tokenRequests();

        sim().expireAllTokens();
        Exchange exchange = callUri(scheme + ":getInteraction?id=" + id, null);

        assertThat(exchange.getException()).isNull();
        assertThat(asMap(exchange.getMessage().getBody())).containsEntry("id", id);
        assertThat(sim().journal().requestsFor("getInteraction")).extracting(RecordedRequest::status)
                .containsExactly(200, 401, 200);
        assertThat(sim().counters().tokenRequests()).isGreaterThan(tokensBefore);
    }

    @Test
    void notFoundReachesOnExceptionForHttpOperationFailedWithSfmcDetails() {
        String answer = template.requestBodyAndHeader("direct:guardedGet", null, ID, "no-such-journey", String.class);

        assertThat(answer).startsWith("404 30003 ")
                .contains("getInteraction", "GET", "/interaction/v1/interactions/no-such-journey");
    }

    @Test
    void apiExceptionCarriesStatusCodeMessageAndBody() {
        Exchange exchange = call(SfmcJourneyMethod.getInteractionByKey, null, KEY, "missing");

        assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(404);
            assertThat(e.getErrorCode()).isEqualTo(30003);
            assertThat(e.getMethod()).isEqualTo("getInteractionByKey");
            assertThat(e.getVerb()).isEqualTo("GET");
            assertThat(e.getSfmcMessage()).isNotBlank();
            assertThat(e.getResponseBody()).contains("30003");
        });
        assertThat(exchange.getMessage().getHeader("CamelSfmcJourneyMethod")).isEqualTo("getInteractionByKey");
    }

    @Test
    void throttledCallsAreRetriedUntilTheyPass() {
        createEventDefinition("ev-429");
        sim().faults().onlyFor("postInteractionsEvents").failNext(2, 429, 50100, null);

        Exchange exchange = ok(SfmcJourneyMethod.postInteractionsEvents, new EntryEvent("t-1", "ev-429", Map.of()));

        assertThat(status(exchange)).isEqualTo(201);
        assertThat(sim().journal().requestsFor("postInteractionsEvents")).extracting(RecordedRequest::status)
                .containsExactly(429, 429, 201);
        assertThat(sim().acceptedEvents()).hasSize(1);
    }

    @Test
    void withoutRetriesTheThrottleErrorSurfaces() {
        sim().faults().onlyFor("discovery").failNext(1, 429, 50100, 1);

        Exchange exchange = callUri("sfmc-journey:discovery?maxRetries=0", null);

        assertThat(exchange.getException()).isInstanceOfSatisfying(SfmcJourneyApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(429);
            assertThat(e.getErrorCode()).isEqualTo(50100);
        });
    }

    @Test
    void ambiguousFailuresOfPostsAreReplayedOnlyWhenAllowed() {
        createEventDefinition("ev-amb");
        sim().faults().onlyFor("postInteractionsEvents").resetNextAfterProcessing(1);

        Exchange notReplayed = call(SfmcJourneyMethod.postInteractionsEvents, new EntryEvent("a-1", "ev-amb", null));
        assertThat(notReplayed.getException()).isInstanceOf(SfmcOutcomeUnknownException.class);
        assertThat(sim().journal().requestsFor("postInteractionsEvents")).hasSize(1);

        sim().faults().onlyFor("postInteractionsEvents").resetNextAfterProcessing(1);
        Exchange replayed = callUri("sfmc-journey:postInteractionsEvents?retryAmbiguousFailures=true",
                new EntryEvent("a-2", "ev-amb", null));
        assertThat(replayed.getException()).isNull();
        assertThat(sim().acceptedEvents()).extracting(AcceptedEvent::contactKey)
                .containsExactly("a-1", "a-2", "a-2");
    }

    @Test
    void missingPathValueFailsBeforeAnyCall() {
        Exchange exchange = call(SfmcJourneyMethod.publishInteractionByKey, null,
                "CamelSfmcJourneyVersionNumber", 1);

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("publishInteractionByKey needs 'key': set the endpoint option key=... or the header "
                            + "CamelSfmcJourneyKey");
        assertThat(sim().journal().requests()).isEmpty();
    }

    @Test
    void badCredentialsFailClearlyWithoutShowingTheSecret() {
        String wrongSecret = "wrong-secret-value-123";
        String scheme = freshComponent("sfmc-wrong", wrongSecret);

        Exchange exchange = callUri(scheme + ":getInteractionCollection", null);

        assertThat(exchange.getException()).isInstanceOf(SfmcJourneyApiException.class)
                .hasMessageContaining("token request").hasMessageContaining("401 invalid_client");
        assertThat(stackTrace(exchange.getException())).doesNotContain(wrongSecret);
        assertThat(sim().journal().requestsFor("getInteractionCollection")).isEmpty();
        assertThat(sim().journal().requests()).allSatisfy(r -> assertThat(r.body()).doesNotContain(wrongSecret));
    }

    /** Registers a new sfmc-journey component (own token cache) under {@code scheme}, pointed at the simulator. */
    private String freshComponent(String scheme, String clientSecret) {
        SfmcJourneyComponent component = new SfmcJourneyComponent();
        SfmcJourneyConfiguration configuration = component.getConfiguration();
        configuration.setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        configuration.setClientSecret(clientSecret);
        configuration.setAccountId(SfmcSimulator.DEMO_ACCOUNT_ID);
        configuration.setAuthUrl(sim().authUrl());
        configuration.setRetryInitialDelay(5);
        context.addComponent(scheme, component);
        return scheme;
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
