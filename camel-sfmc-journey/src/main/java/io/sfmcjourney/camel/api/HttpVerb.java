package io.sfmcjourney.camel.api;

/** The HTTP verbs the Journey Builder API uses. */
public enum HttpVerb {
    GET,
    POST,
    PUT,
    DELETE
}
