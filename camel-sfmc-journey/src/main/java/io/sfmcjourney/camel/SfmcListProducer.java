package io.sfmcjourney.camel;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.batch.ChunkedCalls;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.model.SfmcJson;
import io.sfmcjourney.camel.producer.AnswerMerger;
import io.sfmcjourney.camel.producer.ListBody;
import io.sfmcjourney.camel.producer.ResponseBodyMapper;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Methods whose body is a list of which SFMC takes a limited number per call (postContactExit: 50 contacts): the list
 * is checked, sent in consecutive calls of at most that many items ({@link ChunkedCalls}, as postAsyncEvents splits
 * its members), and the answers merged into one (array fields such as {@code errors} concatenated). Each call has the
 * method's retry rules (a contact exit is a write: not replayed after an ambiguous failure unless
 * {@code retryAmbiguousFailures}). When a call after the first fails, {@link SfmcListIncompleteException} tells which
 * items were accepted. Header {@link SfmcJourneyConstants#CALLS} gives the number of calls.
 */
public class SfmcListProducer extends DefaultProducer {

    private final SfmcJourneyEndpoint endpoint;
    private final ObjectMapper mapper = SfmcJson.mapper();
    private SfmcRequestFactory requests;
    private ListBody lists;
    private ChunkedCalls<ObjectNode, SfmcResponse> chunks;
    private AnswerMerger merger;
    private ResponseBodyMapper responses;
    private BusinessUnitClients businessUnits;

    public SfmcListProducer(SfmcJourneyEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SfmcJourneyMethod method = endpoint.getMethod();
        requests = new SfmcRequestFactory(endpoint);
        lists = new ListBody(method);
        chunks = new ChunkedCalls<>(method.maxListItems(), method.maxListItems());
        merger = new AnswerMerger();
        responses = endpoint.responseMapper();
        businessUnits = new BusinessUnitClients(endpoint, endpoint.createRestClient());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String method = endpoint.getMethod().name();
        message.setHeader(SfmcJourneyConstants.METHOD, method);
        SfmcRestClient client = businessUnits.forMessage(message);
        List<ObjectNode> items = lists.items(message);
        SfmcRequest whole = requests.create(exchange);
        List<SfmcResponse> answers = chunks.send(items,
                chunk -> client.execute(new SfmcRequest(whole.method(), whole.verb(), whole.path(), whole.query(),
                        mapper.writeValueAsBytes(chunk), whole.replay())),
                (failedCall, calls, from, total, done, e) -> new SfmcListIncompleteException(method, failedCall, calls,
                        from, total, acceptedSoFar(done), e));
        message.setBody(responses.toBody(merged(whole, answers)));
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, answers.get(answers.size() - 1).statusCode());
        message.setHeader(SfmcJourneyConstants.CALLS, answers.size());
    }

    /** The merged answers of the calls that succeeded; empty when one of them is not a JSON object. */
    private Map<String, Object> acceptedSoFar(List<SfmcResponse> answers) {
        try {
            return merger.merge(answers);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private Map<String, Object> merged(SfmcRequest whole, List<SfmcResponse> answers)
            throws SfmcOutcomeUnknownException {
        try {
            return merger.merge(answers);
        } catch (IOException e) {
            SfmcResponse last = answers.get(answers.size() - 1);
            throw new SfmcOutcomeUnknownException(whole.method(), whole.verb(), whole.path(), last.statusCode(),
                    last.contentType(), "the answer is not the JSON object expected", e);
        }
    }
}
