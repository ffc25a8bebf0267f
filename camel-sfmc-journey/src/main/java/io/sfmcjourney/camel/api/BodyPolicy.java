package io.sfmcjourney.camel.api;

/** Whether a method sends the message body as its JSON request body. */
public enum BodyPolicy {
    /** No request body; the message body is ignored (GET and DELETE). */
    NONE,
    /**
     * Always an empty JSON object {@code {}}; the message body is ignored. For commands SFMC documents without a body
     * (publish, validate, stop), so a body left by an earlier step (e.g. the journey just created) is not sent.
     */
    EMPTY_OBJECT,
    /** The message body is sent when present; without one, an empty JSON object {@code {}} is sent. */
    OPTIONAL,
    /** The message body is the request and must be present. */
    REQUIRED
}
