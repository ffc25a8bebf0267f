package io.sfmcjourney.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.sfmcjourney.camel.model.BatchEntryMember;
import io.sfmcjourney.camel.model.BatchEntryMemberResult;
import io.sfmcjourney.camel.model.BatchEntryResult;
import io.sfmcjourney.simulator.AcceptedEvent;
import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.junit.SfmcSimulatorExtension;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Batch entry (postAsyncEvents) against the simulator: list splitting, and single-member messages in batches. */
class BatchEntryTest {

    @RegisterExtension
    static SfmcSimulatorExtension extension = SfmcSimulatorExtension.create(builder -> { });

    private static final String EVENT = "signup";
    private static final String TYPED_LIST = "&outputClass=" + BatchEntryResult.class.getName();
    private static final String TYPED_MEMBER = "&outputClass=" + BatchEntryMemberResult.class.getName();

    private SfmcSimulator simulator;
    private DefaultCamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void start() {
        simulator = extension.simulator();
        context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(20);
        SfmcJourneyComponent component = context.getComponent("sfmc-journey", SfmcJourneyComponent.class);
        component.getConfiguration().setClientId(SfmcSimulator.DEMO_CLIENT_ID);
        component.getConfiguration().setClientSecret(SfmcSimulator.DEMO_CLIENT_SECRET);
        component.getConfiguration().setAuthUrl(simulator.authUrl());
        context.start();
        template = context.createProducerTemplate();
        template.requestBody("sfmc-journey:postEventDefinition", Map.of("type", "APIEvent", "name", "Sign-up",
                "eventDefinitionKey", EVENT, "schema", Map.of("fields", List.of(
                        Map.of("name", "Email", "dataType", "Text"), Map.of("name", "City", "dataType", "Text")))));
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aListOf250MembersTakesThreeCallsAndAnswersInRequestOrder() {
        List<BatchEntryMember> members = members("c-", 250);

        Exchange exchange = template.request("sfmc-journey:postAsyncEvents?eventDefinitionKey=" + EVENT + TYPED_LIST,
                e -> e.getMessage().setBody(members));

        assertThat(exchange.getException()).isNull();
        BatchEntryResult result = exchange.getMessage().getBody(BatchEntryResult.class);
        assertThat(simulator.counters().calls("postAsyncEvents")).isEqualTo(3);
        assertThat(result.getCount()).isEqualTo(250);
        assertThat(result.getNotQueuedCount()).isZero();
        assertThat(result.getMembers()).extracting(BatchEntryMemberResult::getContactKey)
                .containsExactlyElementsOf(contactKeys(members));
        assertThat(result.getMembers()).extracting(BatchEntryMemberResult::getEventInstanceId)
                .containsExactlyElementsOf(simulator.acceptedEvents().stream().map(AcceptedEvent::eventInstanceId)
                        .collect(Collectors.toList()));
        List<String> requestIds = exchange.getMessage().getHeader(SfmcJourneyConstants.REQUEST_IDS, List.class);
        assertThat(requestIds).hasSize(3).doesNotHaveDuplicates();
        assertThat(simulator.acceptedEvents()).extracting(AcceptedEvent::requestId)
                .containsExactlyElementsOf(repeat(requestIds, 100, 100, 50));
    }

    @Test
    void aListCarriesPerMemberErrorsWithoutFailingTheExchange() {
        String json = "{\"eventDefinitionKey\":\"" + EVENT + "\",\"members\":["
                      + "{\"contactKey\":\"ok-1\",\"data\":{\"Email\":\"a@x.y\"}},"
                      + "{\"contactKey\":\"bad\",\"data\":{\"Shoe\":\"42\"}},"
                      + "{\"contactKey\":\"ok-2\"}]}";

        BatchEntryResult result = template.requestBody("sfmc-journey:postAsyncEvents?" + TYPED_LIST.substring(1), json,
                BatchEntryResult.class);

        assertThat(result.getNotQueuedCount()).isEqualTo(1);
        assertThat(result.getMembers()).extracting(BatchEntryMemberResult::getContactKey)
                .containsExactly("ok-1", "bad", "ok-2");
        assertThat(result.getMembers().get(0).hasError()).isFalse();
        assertThat(result.getMembers().get(1).hasError()).isTrue();
        assertThat(result.getMembers().get(1).getMessage()).contains("Shoe");
        assertThat(result.getMembers().get(2).getEventInstanceId()).isNotBlank();
        assertThat(simulator.acceptedEvents()).extracting(AcceptedEvent::contactKey).containsExactly("ok-1", "ok-2");
    }

    @Test
    void singleMemberMessagesAreSentInFullBatchesAndEachLearnsItsOwnResult() throws Exception {
        addRoute("batchSize=100&batchTimeout=10m" + TYPED_MEMBER);

        List<Exchange> exchanges = sendAll(IntStream.range(0, 200)
                .mapToObj(i -> (Object) Map.of("contactKey", "s-" + i, "data", Map.of("City", "c" + i))).toList());

        assertThat(simulator.counters().calls("postAsyncEvents")).isEqualTo(2);
        Map<String, String> instanceByContact = simulator.acceptedEvents().stream()
                .collect(Collectors.toMap(AcceptedEvent::contactKey, AcceptedEvent::eventInstanceId));
        assertThat(instanceByContact).hasSize(200);
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange exchange = exchanges.get(i);
            assertThat(exchange.getException()).isNull();
            BatchEntryMemberResult result = exchange.getMessage().getBody(BatchEntryMemberResult.class);
            assertThat(result.getContactKey()).isEqualTo("s-" + i);
            assertThat(result.getEventInstanceId()).isEqualTo(instanceByContact.get("s-" + i));
            assertThat(exchange.getMessage().getHeader(SfmcJourneyConstants.REQUEST_ID, String.class)).isNotBlank();
        }
    }

    @Test
    void answersAreMapsByDefaultLikeEveryOtherMethod() throws Exception {
        Object list = template.requestBody("sfmc-journey:postAsyncEvents?eventDefinitionKey=" + EVENT,
                List.of(Map.of("contactKey", "map-1")));
        addRoute("batchSize=1");
        Exchange single = sendAll(List.of(Map.of("contactKey", "map-2"))).get(0);

        assertThat(list).isInstanceOfSatisfying(Map.class, map -> {
            assertThat(map.get("count")).isEqualTo(1);
            assertThat((List<?>) map.get("members")).singleElement().isInstanceOf(Map.class);
        });
        assertThat(single.getMessage().getBody()).isInstanceOfSatisfying(Map.class, map -> {
            assertThat(map.get("contactKey")).isEqualTo("map-2");
            assertThat(map.get("eventInstanceId")).isEqualTo(simulator.acceptedEvents().get(1).eventInstanceId());
        });
    }

    @Test
    void aBatchThatDoesNotFillIsSentWhenItsTimeoutPasses() throws Exception {
        addRoute("batchSize=100&batchTimeout=50ms");

        List<Exchange> exchanges = sendAll(List.of(Map.of("ContactKey", "t-1", "EventDefinitionKey", EVENT),
                Map.of("contactKey", "t-2"), "{\"contactKey\":\"t-3\",\"data\":{\"Email\":\"t@x.y\"}}"));

        assertThat(exchanges).allSatisfy(exchange -> assertThat(exchange.getException()).isNull());
        assertThat(simulator.counters().calls("postAsyncEvents")).isEqualTo(1);
        assertThat(simulator.acceptedEvents()).extracting(AcceptedEvent::contactKey)
                .containsExactly("t-1", "t-2", "t-3");
    }

    @Test
    void aMemberSfmcRejectsFailsOnlyItsOwnExchange() throws Exception {
        addRoute("batchSize=3&batchTimeout=10m");

        List<Exchange> exchanges = sendAll(List.of(Map.of("contactKey", "m-1"),
                Map.of("contactKey", "m-2", "data", Map.of("Unknown", "x")), Map.of("contactKey", "m-3")));

        assertThat(exchanges.get(0).getException()).isNull();
        assertThat(exchanges.get(2).getException()).isNull();
        assertThat(exchanges.get(1).getException()).isInstanceOfSatisfying(SfmcBatchEntryMemberException.class, e -> {
            assertThat(e.getContactKey()).isEqualTo("m-2");
            assertThat(e.getErrorCode()).isNotBlank();
            assertThat(e.getSfmcMessage()).contains("Unknown");
            assertThat(e.getRequestId()).isEqualTo(
                    exchanges.get(0).getMessage().getHeader(SfmcJourneyConstants.REQUEST_ID));
        });
        assertThat(simulator.acceptedEvents()).extracting(AcceptedEvent::contactKey).containsExactly("m-1", "m-3");
    }

    @Test
    void aFailedBatchCallReachesEveryMembersExchange() throws Exception {
        addRoute("batchSize=4&batchTimeout=10m");
        simulator.faults().onlyFor("postAsyncEvents").failNext(1, 500, 500, null);

        List<Exchange> exchanges = sendAll(IntStream.range(0, 4).mapToObj(i -> (Object) Map.of("contactKey", "f-" + i))
                .toList());

        assertThat(exchanges).allSatisfy(exchange -> assertThat(exchange.getException())
                .as("a 500 answering a POST leaves its outcome unknown")
                .isInstanceOfSatisfying(SfmcOutcomeUnknownException.class, e -> assertThat(e.getStatusCode()).isEqualTo(500)));
        assertThat(simulator.counters().calls("postAsyncEvents")).as("a POST is not replayed after a 500").isEqualTo(1);
        assertThat(simulator.acceptedEvents()).isEmpty();
    }

    @Test
    void stoppingTheContextSendsTheMembersStillWaiting() throws Exception {
        addRoute("batchSize=100&batchTimeout=1h");
        AsyncProducer producer = context.getEndpoint("direct:enter").createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(30);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(Map.of("contactKey", "d-" + i));
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> done.countDown());
        }
        assertThat(simulator.acceptedEvents()).as("nothing sent before the stop").isEmpty();

        context.stop();

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(context.getShutdownStrategy().isTimeoutOccurred()).as("graceful, not forced").isFalse();
        assertThat(exchanges).allSatisfy(exchange -> assertThat(exchange.getException()).isNull());
        assertThat(simulator.acceptedEvents()).hasSize(30);
    }

    @Test
    void aStoppedProducerRefusesNewMembers() throws Exception {
        SfmcJourneyEndpoint endpoint = context.getEndpoint(
                "sfmc-journey:postAsyncEvents?batchSize=10&eventDefinitionKey=" + EVENT, SfmcJourneyEndpoint.class);
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        producer.stop();
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(new BatchEntryMember("late", null));

        producer.process(exchange, doneSync -> { });

        assertThat(exchange.getException()).hasMessageContaining("stopped");
    }

    private void addRoute(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:enter").to("sfmc-journey:postAsyncEvents?eventDefinitionKey=" + EVENT + "&" + options);
            }
        });
    }

    /** Sends every body into the route without waiting for one before the next, then waits for all. */
    private List<Exchange> sendAll(List<Object> bodies) throws Exception {
        AsyncProducer producer = context.getEndpoint("direct:enter").createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(bodies.size());
        List<Exchange> exchanges = new ArrayList<>();
        for (Object body : bodies) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(body);
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> done.countDown());
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).as("every exchange completed").isTrue();
        producer.stop();
        return exchanges;
    }

    private static List<BatchEntryMember> members(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new BatchEntryMember(prefix + i, Map.of("Email", prefix + i + "@x.y"))).toList();
    }

    private static List<String> contactKeys(List<BatchEntryMember> members) {
        return members.stream().map(BatchEntryMember::getContactKey).toList();
    }

    private static List<String> repeat(List<String> values, int... times) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int n = 0; n < times[i]; n++) {
                result.add(values.get(i));
            }
        }
        return result;
    }
}
