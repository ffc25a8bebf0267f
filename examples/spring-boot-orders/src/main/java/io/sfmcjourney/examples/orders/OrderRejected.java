package io.sfmcjourney.examples.orders;

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

    /** An order SFMC refused. */
    public static OrderRejected bySfmc(SfmcJourneyApiException cause) {
        return new OrderRejected("SFMC refused the entry event", cause.getErrorCode(), cause.getSfmcMessage());
    }
}
