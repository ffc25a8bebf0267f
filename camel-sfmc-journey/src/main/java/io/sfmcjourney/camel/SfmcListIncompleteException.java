package io.sfmcjourney.camel;

import java.util.Map;

import org.apache.camel.CamelException;

/**
 * A list body longer than one call takes (postContactExit: 50 contacts) was sent in several calls and one of them, not
 * the first, failed. The items of the earlier calls were accepted by SFMC ({@link #getAccepted()}: their answers,
 * merged); the items from {@link #getFirstUnsentIndex()} on were not sent, except that the failing call itself may
 * have reached SFMC when its failure was ambiguous (the cause is then {@link SfmcOutcomeUnknownException}). Resend
 * only the items from that index on. The cause is the failing call's exception.
 */
public class SfmcListIncompleteException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> accepted;
    private final int firstUnsentIndex;
    private final int itemCount;

    /**
     * @param method           the API method
     * @param failedCall       1-based number of the call that failed
     * @param calls            the number of calls the list needed
     * @param firstUnsentIndex the 0-based index of the first item of the failed call
     * @param itemCount        the size of the whole list
     * @param accepted         the merged answers of the calls that succeeded
     * @param cause            the failure of the call
     */
    public SfmcListIncompleteException(String method, int failedCall, int calls, int firstUnsentIndex, int itemCount,
                                       Map<String, Object> accepted, Throwable cause) {
        super(method + ": call " + failedCall + " of " + calls + " failed; items 0.." + (firstUnsentIndex - 1)
              + " were accepted by the earlier calls, items " + firstUnsentIndex + ".." + (itemCount - 1)
              + " were not: " + cause.getMessage(), cause);
        this.accepted = accepted;
        this.firstUnsentIndex = firstUnsentIndex;
        this.itemCount = itemCount;
    }

    /** The merged answers of the calls that succeeded (array fields concatenated, e.g. {@code errors}). */
    public Map<String, Object> getAccepted() {
        return accepted;
    }

    /** The index of the first item whose call failed or was never made. */
    public int getFirstUnsentIndex() {
        return firstUnsentIndex;
    }

    /** The number of items in the whole list. */
    public int getItemCount() {
        return itemCount;
    }
}
