package io.sfmcjourney.camel;

import io.sfmcjourney.camel.publish.PublishResult;
import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;

/**
 * A publish made with {@code waitForPublish} and {@code failOnPublishError} ended in {@code Error} or did not end in
 * time; {@link #getResult()} holds SFMC's errors.
 */
public class SfmcPublishFailedException extends CamelExchangeException {

    private static final long serialVersionUID = 1L;

    private final transient PublishResult result;

    public SfmcPublishFailedException(Exchange exchange, PublishResult result) {
        super(message(result), exchange);
        this.result = result;
    }

    /** The result of the publish. */
    public PublishResult getResult() {
        return result;
    }

    private static String message(PublishResult result) {
        StringBuilder message = new StringBuilder("Publish ").append(result.getStatusId());
        if (result.getJourneyKey() != null || result.getJourneyId() != null) {
            message.append(" of journey ")
                    .append(result.getJourneyKey() != null ? result.getJourneyKey() : result.getJourneyId());
        }
        if (result.getVersionNumber() != null) {
            message.append(" version ").append(result.getVersionNumber());
        }
        message.append(result.isTimedOut() ? " did not finish in time" : " ended in " + result.getStatus());
        result.getErrors().forEach(error -> message.append("; ").append(error.getErrorCode()).append(": ")
                .append(error.getErrorDetail()));
        return message.toString();
    }
}
