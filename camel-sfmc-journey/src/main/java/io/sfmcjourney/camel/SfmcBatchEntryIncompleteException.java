package io.sfmcjourney.camel;

import java.util.List;

import io.sfmcjourney.camel.model.BatchEntryResult;
import org.apache.camel.CamelException;

/**
 * A member list above 100 was entered with several {@code /async/events} calls and one of them, not the first, failed.
 * The members of the earlier calls are already queued at SFMC ({@link #getQueued()}); the members from
 * {@link #getFirstUnqueuedIndex()} on were not sent, except that the failing call itself may have reached SFMC when
 * its failure was ambiguous (connection lost after sending). Resend only the members from that index on.
 * The cause is the failing call's exception.
 */
public class SfmcBatchEntryIncompleteException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final transient BatchEntryResult queued;
    private final List<String> queuedRequestIds;
    private final int firstUnqueuedIndex;
    private final int memberCount;

    /**
     * @param failedCall         1-based number of the call that failed
     * @param calls              the number of calls the list needed
     * @param firstUnqueuedIndex the 0-based index of the first member of the failed call
     * @param memberCount        the size of the whole list
     * @param queued             the merged results of the calls that succeeded
     * @param queuedRequestIds   the request ids SFMC answered to the calls that succeeded, in call order
     * @param cause              the failure of the call
     */
    public SfmcBatchEntryIncompleteException(int failedCall, int calls, int firstUnqueuedIndex, int memberCount,
                                             BatchEntryResult queued, List<String> queuedRequestIds,
                                             Throwable cause) {
        super("postAsyncEvents: call " + failedCall + " of " + calls + " failed; members 0.."
              + (firstUnqueuedIndex - 1) + " were queued by the earlier calls, members " + firstUnqueuedIndex + ".."
              + (memberCount - 1) + " were not: " + cause.getMessage(), cause);
        this.queued = queued;
        this.queuedRequestIds = List.copyOf(queuedRequestIds);
        this.firstUnqueuedIndex = firstUnqueuedIndex;
        this.memberCount = memberCount;
    }

    /** The results of the calls that succeeded: members {@code 0 .. firstUnqueuedIndex-1}, in request order. */
    public BatchEntryResult getQueued() {
        return queued;
    }

    /** The request ids of the calls that succeeded, in call order (for getAsyncEventsStatus). */
    public List<String> getQueuedRequestIds() {
        return queuedRequestIds;
    }

    /** The index of the first member whose call failed or was never made. */
    public int getFirstUnqueuedIndex() {
        return firstUnqueuedIndex;
    }

    /** The number of members in the whole list. */
    public int getMemberCount() {
        return memberCount;
    }
}
