package io.sfmcjourney.simulator.server;

/** Handles one matched API method. */
@FunctionalInterface
public interface Endpoint {

    ApiResponse handle(ApiRequest request);
}
