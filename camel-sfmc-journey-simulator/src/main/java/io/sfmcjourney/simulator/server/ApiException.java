package io.sfmcjourney.simulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An SFMC-shaped error answer, thrown by handlers and turned into a response by the pipeline. */
public final class ApiException extends RuntimeException {

    /** Documentation URL carried by newer SFMC error envelopes. */
    public static final String DOCUMENTATION =
            "https://developer.salesforce.com/docs/atlas.en-us.mc-apis.meta/mc-apis/error-handling.htm";

    private final transient ApiResponse response;

    public ApiException(ApiResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.response = response;
    }

    public ApiResponse response() {
        return response;
    }

    /** {@code {message, errorcode, documentation}} with the documentation URL. */
    public static ApiException of(int status, int errorcode, String message) {
        return new ApiException(ApiResponse.json(status, envelope(message, errorcode, DOCUMENTATION)));
    }

    /** Same as {@link #of} but with the empty {@code documentation} older SFMC answers carry. */
    public static ApiException legacy(int status, int errorcode, String message) {
        return new ApiException(ApiResponse.json(status, envelope(message, errorcode, "")));
    }

    public static ObjectNode envelope(String message, int errorcode, String documentation) {
        ObjectNode body = Json.object();
        body.put("message", message);
        body.put("errorcode", errorcode);
        body.put("documentation", documentation);
        return body;
    }

    /** 400/10004: the body is not the JSON the endpoint expects. */
    public static ApiException malformed() {
        return of(400, 10004, "Please validate that your request is properly formed.");
    }

    /** 400/10002: a required field or parameter is missing. */
    public static ApiException missing(String what) {
        return of(400, 10002, what + " is required.");
    }

    /** 400/10005: a value is not acceptable. */
    public static ApiException invalid(String message) {
        return of(400, 10005, message);
    }

    /** 400/10001: a value has the wrong data type. */
    public static ApiException wrongType(String what) {
        return of(400, 10001, "Invalid data type for " + what + ".");
    }

    /** 404/30003 "Interaction matching criteria not found.". */
    public static ApiException journeyNotFound() {
        return of(404, 30003, "Interaction matching criteria not found.");
    }

    /** 404 for a route the simulator does not know. */
    public static ApiException routeNotFound() {
        ObjectNode body = Json.object();
        body.put("documentation", DOCUMENTATION);
        body.put("errorcode", 404);
        body.put("message", "Not Found");
        return new ApiException(ApiResponse.json(404, body));
    }
}
