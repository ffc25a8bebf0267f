package io.sfmcjourney.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiResponse;
import java.time.Duration;

/** What the fault switches decided for one call. */
record FaultPlan(Kind kind, int status, int errorcode, Integer retryAfterSeconds, Duration latency) {

    enum Kind { NONE, FAIL, FAIL_AFTER, RESET_BEFORE, RESET_AFTER, STALL }

    static final FaultPlan NONE = new FaultPlan(Kind.NONE, 0, 0, null, Duration.ZERO);

    static FaultPlan fail(int status, int errorcode, Integer retryAfterSeconds, Duration latency) {
        return new FaultPlan(Kind.FAIL, status, errorcode, retryAfterSeconds, latency);
    }

    /** The SFMC-shaped answer of a FAIL or FAIL_AFTER plan. */
    ApiResponse failure() {
        ObjectNode body = ApiException.envelope(messageFor(errorcode), errorcode, ApiException.DOCUMENTATION);
        ApiResponse response = ApiResponse.json(status, body);
        if (retryAfterSeconds != null) {
            body.put("retryAfter", retryAfterSeconds);
            response.header("Retry-After", Integer.toString(retryAfterSeconds));
        }
        return response;
    }

    private static String messageFor(int errorcode) {
        return switch (errorcode) {
            case 50100 -> "Rate limit exceeded";
            case 50200 -> "Your requests are temporarily blocked.";
            case 50300 -> "Service Unavailable";
            case 500 -> "Internal Server Error";
            default -> "Simulated failure";
        };
    }
}
