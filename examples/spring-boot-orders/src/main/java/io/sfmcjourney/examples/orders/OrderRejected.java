package io.sfmcjourney.examples.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sfmcjourney.camel.SfmcJourneyApiException;

/**
 * The answer to an order that did not become an entry event.
 *
 * @param error         what went wrong
 * @param sfmcErrorCode SFMC's errorcode when SFMC refused the event, else null
 * @param sfmcMessage   SFMC's message when SFMC refused the event, else null
 */
public record OrderRejected(String error, Integer sfmcErrorCode, String sfmcMessage) {

    /** An order the service refused itself. */
    public static OrderRejected invalid(Exception cause) {
        return new OrderRejected(cause.getMessage(), null, null);
    }

    /** A body that is not a JSON order; Jackson's reason without the echo of the input. */
    public static OrderRejected notJson(JsonProcessingException cause) {
        return new OrderRejected("The body is not a JSON order like {\"orderId\": \"A-1001\", \"customerId\": \"cust-42\","
                + " \"email\": \"ada@example.com\", \"total\": 129.90}: " + cause.getOriginalMessage(), null, null);
    }

    /** An order SFMC refused. */
    public static OrderRejected bySfmc(SfmcJourneyApiException cause) {
        return new OrderRejected("SFMC refused the entry event", cause.getErrorCode(), cause.getSfmcMessage());
    }
}
