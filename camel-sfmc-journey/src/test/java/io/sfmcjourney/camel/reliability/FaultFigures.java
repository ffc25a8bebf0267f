package io.sfmcjourney.camel.reliability;

/**
 * The figures of one fault-suite run, as reported.
 *
 * @param label               which run
 * @param sent                events sent
 * @param accepted            distinct events the simulator accepted
 * @param duplicated          acceptances beyond the first per event
 * @param succeeded           events whose exchange succeeded
 * @param failedDefinite      events whose exchange failed and which SFMC certainly did not accept
 * @param failedAmbiguous     events whose exchange failed after the request may have been processed
 * @param ambiguousButAccepted of the ambiguous failures, those the simulator did accept
 * @param apiCalls            calls the simulator received for the entry method, retries included
 * @param tokenRequests       token requests the simulator received
 * @param revocations         forced token revocations/expiries during the run
 * @param millis              duration of the run
 */
record FaultFigures(String label, long sent, long accepted, long duplicated, long succeeded, long failedDefinite,
        long failedAmbiguous, long ambiguousButAccepted, long apiCalls, long tokenRequests, long revocations,
        long millis) {

    @Override
    public String toString() {
        return String.format("%s: sent=%d accepted=%d duplicated=%d succeeded=%d failed=%d (definite=%d, ambiguous=%d,"
                             + " of which accepted=%d) apiCalls=%d tokenRequests=%d revocations=%d time=%d ms",
                label, sent, accepted, duplicated, succeeded, failedDefinite + failedAmbiguous, failedDefinite,
                failedAmbiguous, ambiguousButAccepted, apiCalls, tokenRequests, revocations, millis);
    }
}
