package io.sfmcjourney.camel.api;

/** Whether a method sends the message body as its JSON request body. */
public enum BodyPolicy {
    /** No request body; the message body is ignored (GET and DELETE). */
    NONE,
    /** The message body is sent when present; without one, an empty JSON object {@code {}} is sent. */
    OPTIONAL,
    /** The message body is the request and must be present. */
    REQUIRED
}
