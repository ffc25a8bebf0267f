package io.sfmcjourney.camel;

import io.sfmcjourney.camel.batch.BatchEntrySplitter;
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

    private final transient BatchEntrySplitter.Result queued;
    private final int firstUnqueuedIndex;
    private final int memberCount;

    /**
     * @param failedCall         1-based number of the call that failed
     * @param calls              the number of calls the list needed
     * @param firstUnqueuedIndex the 0-based index of the first member of the failed call
     * @param memberCount        the size of the whole list
     * @param queued             the merged results of the calls that succeeded
     * @param cause              the failure of the call
     */
    public SfmcBatchEntryIncompleteException(int failedCall, int calls, int firstUnqueuedIndex, int memberCount,
                                             BatchEntrySplitter.Result queued, Throwable cause) {
        super("postAsyncEvents: call " + failedCall + " of " + calls + " failed; members 0.."
              + (firstUnqueuedIndex - 1) + " were queued by the earlier calls, members " + firstUnqueuedIndex + ".."
              + (memberCount - 1) + " were not: " + cause.getMessage(), cause);
        this.queued = queued;
        this.firstUnqueuedIndex = firstUnqueuedIndex;
        this.memberCount = memberCount;
    }

    /** The results of the calls that succeeded: members {@code 0 .. firstUnqueuedIndex-1}, in request order. */
    public BatchEntrySplitter.Result getQueued() {
        return queued;
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
