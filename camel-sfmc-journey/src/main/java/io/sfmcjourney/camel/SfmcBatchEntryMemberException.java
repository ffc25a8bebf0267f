package io.sfmcjourney.camel;

import org.apache.camel.CamelException;

/**
 * SFMC did not queue this message's member of a batch entry call ({@code postAsyncEvents} with {@code batchSize}): the
 * call succeeded, but its result for this member carries an {@code errorcode} and {@code message}, e.g. a data field
 * the event's data extension does not have. The other members of the call are not affected.
 */
public class SfmcBatchEntryMemberException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final String contactKey;
    private final String errorCode;
    private final String sfmcMessage;
    private final String requestId;

    /**
     * @param contactKey  the member's contact key
     * @param errorCode   SFMC's errorcode as text, or null
     * @param sfmcMessage SFMC's message, or null
     * @param requestId   the requestId of the batch call
     */
    public SfmcBatchEntryMemberException(String contactKey, String errorCode, String sfmcMessage, String requestId) {
        super("postAsyncEvents: contact " + contactKey + " was not queued (requestId " + requestId + "): errorcode "
              + errorCode + ": " + sfmcMessage);
        this.contactKey = contactKey;
        this.errorCode = errorCode;
        this.sfmcMessage = sfmcMessage;
        this.requestId = requestId;
    }

    public String getContactKey() {
        return contactKey;
    }

    /** SFMC's errorcode for the member, as text (SFMC sends it as string or number). */
    public String getErrorCode() {
        return errorCode;
    }

    public String getSfmcMessage() {
        return sfmcMessage;
    }

    public String getRequestId() {
        return requestId;
    }
}
