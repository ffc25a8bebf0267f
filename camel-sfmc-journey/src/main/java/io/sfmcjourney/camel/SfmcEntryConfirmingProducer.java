package io.sfmcjourney.camel;

import java.io.InputStream;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.camel.batch.BatchMembers;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.confirm.EntryConfirmation;
import io.sfmcjourney.camel.confirm.EntryConfirmer;
import io.sfmcjourney.camel.confirm.EntryOutcome;
import io.sfmcjourney.camel.model.SfmcJson;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Producer;
import org.apache.camel.StreamCache;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * An entry method with {@code confirmEntry=true}: makes the entry call with the method's own producer
 * ({@code postInteractionsEvents}, {@code postAsyncEvents} with a member list, or with {@code batchSize}), then hands
 * the event(s) to the component's {@link EntryConfirmer} and completes the exchange only when SFMC's records tell
 * what became of each contact, or {@code confirmTimeout} has passed. The body becomes the {@link EntryConfirmation}
 * (a list of them for a member list); headers {@link SfmcJourneyConstants#ENTRY_OUTCOME} and
 * {@link SfmcJourneyConstants#ENTRY_REASON} carry the outcome. With {@code failOnNotEntered} an outcome NOT_ENTERED
 * fails the exchange with {@link SfmcContactNotEnteredException}. A failed entry call fails the exchange as without
 * confirmation. No thread waits.
 */
public class SfmcEntryConfirmingProducer extends DefaultAsyncProducer {

    /** How the entry producer shapes its messages. */
    private enum Shape { SINGLE_EVENT, MEMBER_LIST, ONE_MEMBER }

    private final SfmcJourneyEndpoint endpoint;
    private final Producer entryProducer;
    private final Shape shape;
    private AsyncProcessor entryCall;
    private EntryConfirmer confirmer;
    private BusinessUnitClients businessUnits;
    private SfmcRestClient endpointClient;
    private BatchMembers members;

    SfmcEntryConfirmingProducer(SfmcJourneyEndpoint endpoint, Producer entryProducer) {
        super(endpoint);
        this.endpoint = endpoint;
        this.entryProducer = entryProducer;
        if (endpoint.getMethod() == io.sfmcjourney.camel.api.SfmcJourneyMethod.postInteractionsEvents) {
            shape = Shape.SINGLE_EVENT;
        } else {
            shape = endpoint.getOptions().getBatchSize() > 0 ? Shape.ONE_MEMBER : Shape.MEMBER_LIST;
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(entryProducer);
        entryCall = AsyncProcessorConverterHelper.convert(entryProducer);
        confirmer = endpoint.getComponent().getEntryConfirmer();
        endpointClient = endpoint.createRestClient();
        businessUnits = new BusinessUnitClients(endpoint, endpointClient);
        members = new BatchMembers(endpoint.getOptions().getEventDefinitionKey());
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(entryProducer);
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Instant sentAt = Instant.now();
        String eventDefinitionKey;
        String contactKey = null;
        SfmcRestClient client = endpointClient;
        try {
            Message message = exchange.getMessage();
            Object content = materialised(message);
            if (shape == Shape.SINGLE_EVENT) {
                JsonNode body = json(exchange, content);
                contactKey = required(body, "ContactKey");
                eventDefinitionKey = required(body, "EventDefinitionKey");
                client = businessUnits.forMessage(message);
            } else if (shape == Shape.ONE_MEMBER) {
                BatchMembers.KeyedMember member = members.member(exchange);
                eventDefinitionKey = member.eventDefinitionKey();
                contactKey = member.member().getContactKey();
            } else {
                eventDefinitionKey = members.request(exchange).getEventDefinitionKey();
            }
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        SfmcRestClient target = client;
        String singleContact = contactKey;
        entryCall.process(exchange, doneSync -> {
            if (exchange.getException() != null) {
                callback.done(false);
                return;
            }
            try {
                List<EntryConfirmation> events = sent(exchange, eventDefinitionKey, singleContact);
                confirmer.confirm(target, events, sentAt, Duration.ofMillis(endpoint.getOptions().getConfirmTimeout()),
                        Duration.ofMillis(endpoint.getOptions().getConfirmInterval()),
                        outcomes -> complete(exchange, outcomes, callback));
            } catch (Exception e) {
                exchange.setException(e);
                callback.done(false);
            }
        });
        return false;
    }

    /** The events the entry call sent, read from its answer (body and request id headers). */
    private List<EntryConfirmation> sent(Exchange exchange, String eventDefinitionKey, String contactKey)
            throws Exception {
        Message message = exchange.getMessage();
        JsonNode answer = json(exchange, message.getBody());
        List<EntryConfirmation> events = new ArrayList<>();
        switch (shape) {
            case SINGLE_EVENT -> events.add(event(contactKey, eventDefinitionKey, answer, null));
            case ONE_MEMBER -> events.add(event(text(answer, "contactKey", contactKey), eventDefinitionKey, answer,
                    message.getHeader(SfmcJourneyConstants.REQUEST_ID, String.class)));
            case MEMBER_LIST -> {
                List<?> requestIds = message.getHeader(SfmcJourneyConstants.REQUEST_IDS, List.class);
                int index = 0;
                for (JsonNode member : answer.path("members")) {
                    Object requestId = requestIds == null || requestIds.isEmpty() ? null
                            : requestIds.get(Math.min(index / io.sfmcjourney.camel.model.BatchEntryRequest.MAX_MEMBERS,
                                    requestIds.size() - 1));
                    events.add(event(text(member, "contactKey", null), eventDefinitionKey, member,
                            requestId == null ? null : requestId.toString()));
                    index++;
                }
            }
            default -> throw new IllegalStateException(shape.name());
        }
        return events;
    }

    /** One sent event; a member SFMC did not queue is decided at once (NOT_ENTERED, its errorcode as reason). */
    private static EntryConfirmation event(String contactKey, String eventDefinitionKey, JsonNode answer,
            String requestId) {
        String instance = text(answer, "eventInstanceId", null);
        String errorcode = text(answer, "errorcode", null);
        if (errorcode != null || instance == null) {
            return new EntryConfirmation(contactKey, eventDefinitionKey, instance, requestId, EntryOutcome.NOT_ENTERED,
                    errorcode != null ? errorcode : "notQueued", text(answer, "message", null), List.of());
        }
        return new EntryConfirmation(contactKey, eventDefinitionKey, instance, requestId, null, null, null, List.of());
    }

    private void complete(Exchange exchange, List<EntryConfirmation> outcomes, AsyncCallback callback) {
        try {
            Message message = exchange.getMessage();
            EntryConfirmation first = outcomes.get(0);
            EntryOutcome overall = overall(outcomes);
            message.setHeader(SfmcJourneyConstants.ENTRY_OUTCOME, overall.name());
            String reason = outcomes.stream().filter(o -> o.outcome() == overall).map(EntryConfirmation::reason)
                    .filter(r -> r != null).findFirst().orElse(null);
            if (reason != null) {
                message.setHeader(SfmcJourneyConstants.ENTRY_REASON, reason);
            } else {
                message.removeHeader(SfmcJourneyConstants.ENTRY_REASON);
            }
            message.setBody(shape == Shape.MEMBER_LIST ? List.copyOf(outcomes) : first);
            if (endpoint.getOptions().isFailOnNotEntered() && overall == EntryOutcome.NOT_ENTERED) {
                exchange.setException(new SfmcContactNotEnteredException(exchange, outcomes));
            }
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(false);
    }

    /** NOT_ENTERED when any member did not enter, else UNKNOWN when any is unknown, else ENTERED. */
    private static EntryOutcome overall(List<EntryConfirmation> outcomes) {
        EntryOutcome overall = EntryOutcome.ENTERED;
        for (EntryConfirmation outcome : outcomes) {
            if (outcome.outcome() == EntryOutcome.NOT_ENTERED) {
                return EntryOutcome.NOT_ENTERED;
            }
            if (outcome.outcome() == EntryOutcome.UNKNOWN) {
                overall = EntryOutcome.UNKNOWN;
            }
        }
        return overall;
    }

    /** A stream body read once into a String, so both the entry call and this producer can read it. */
    private static Object materialised(Message message) {
        Object body = message.getBody();
        if (body instanceof InputStream || body instanceof Reader || body instanceof StreamCache) {
            body = message.getBody(String.class);
            message.setBody(body);
        }
        return body;
    }

    private static JsonNode json(Exchange exchange, Object body) throws Exception {
        if (body == null) {
            return SfmcJson.mapper().createObjectNode();
        }
        if (body instanceof CharSequence text) {
            return SfmcJson.mapper().readTree(text.toString());
        }
        if (body instanceof byte[] bytes) {
            return SfmcJson.mapper().readTree(bytes);
        }
        if (body instanceof JsonNode node) {
            return node;
        }
        return SfmcJson.mapper().valueToTree(body);
    }

    private static String required(JsonNode body, String field) {
        String value = text(body, field, null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("postInteractionsEvents with confirmEntry=true needs '" + field
                                               + "' in the JSON body to confirm the entry");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? fallback : value.asText();
    }
}
