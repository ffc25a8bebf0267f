package io.sfmcjourney.simulator.state;

/**
 * How one history search sees the store: records SFMC has not written yet are left out (late writes: a record
 * appears up to {@code lateWriteMaxMillis} after its transactionTime, each after its own fixed delay), and the order
 * of the matches may be a shuffle of its own (an order that differs from one request to the next).
 *
 * @param nowMillis          the time of the search
 * @param lateWriteMaxMillis the longest delay between a record's transactionTime and its appearance; 0 for none
 * @param shuffleSeed        the seed of this search's shuffle, or {@code null} for the requested time order
 */
public record HistoryView(long nowMillis, long lateWriteMaxMillis, Long shuffleSeed) {

    /** Every record, in the requested order. */
    public static final HistoryView ALL = new HistoryView(Long.MAX_VALUE, 0, null);

    /** Whether the record of this sequence number and transaction time has been written by now. */
    boolean isWritten(long sequence, long transactionTime) {
        if (lateWriteMaxMillis <= 0) {
            return true;
        }
        long mixed = (sequence + 1) * 0x9E3779B97F4A7C15L;
        long delay = Math.floorMod(mixed ^ (mixed >>> 29), lateWriteMaxMillis + 1);
        return transactionTime + delay <= nowMillis;
    }
}
