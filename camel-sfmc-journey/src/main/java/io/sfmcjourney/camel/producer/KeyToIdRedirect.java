package io.sfmcjourney.camel.producer;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.camel.api.PathTemplate;
import io.sfmcjourney.camel.api.SfmcJourneyMethod;
import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import io.sfmcjourney.camel.client.SfmcRequest;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.model.SfmcJson;

/**
 * For a {@code key:} path on which SFMC ignores {@code versionNumber} (deleteInteractionByKey would delete every
 * version, irreversibly): when the request carries a versionNumber, reads the id by key with the method table's
 * {@link SfmcJourneyMethod#keyLookup() lookup} (same key, same versionNumber: a missing version fails there, before
 * anything is deleted) and calls the {@link SfmcJourneyMethod#versionedTarget() by-id method} instead. Without a
 * versionNumber the request is sent as is.
 */
public final class KeyToIdRedirect {

    private static final String VERSION_NUMBER = "versionNumber";

    private final SfmcJourneyMethod method;

    /** @param method a method whose table row names a key lookup */
    public KeyToIdRedirect(SfmcJourneyMethod method) {
        this.method = method;
    }

    /** Whether {@code method}'s key path needs this redirect. */
    public static boolean applies(SfmcJourneyMethod method) {
        return method.keyLookup() != null && method.versionedTarget() != null;
    }

    /** The request to send: {@code request} itself without a versionNumber, else the by-id request. */
    public SfmcRequest resolve(SfmcRequest request, SfmcRestClient client) throws Exception {
        SfmcRequest read = lookup(request);
        return read == null ? request : byId(request, read, client.execute(read));
    }

    /** As {@link #resolve}, the lookup as an asynchronous call. */
    public CompletableFuture<SfmcRequest> resolveAsync(SfmcRequest request, SfmcRestClient client,
                                                      SfmcAsyncCalls calls) {
        SfmcRequest read = lookup(request);
        return read == null ? CompletableFuture.completedFuture(request)
                : calls.executeFromCaller(client, read).thenApply(response -> byId(request, read, response));
    }

    /** The lookup by key and versionNumber, or null when the request carries no versionNumber. */
    private SfmcRequest lookup(SfmcRequest request) {
        if (request.query().stream().noneMatch(p -> VERSION_NUMBER.equals(p.getKey()))) {
            return null;
        }
        SfmcJourneyMethod lookup = method.keyLookup();
        String keyPath = request.path().substring(request.path().lastIndexOf('/') + 1);
        String lookupPath = lookup.path().template().replace("key:{key}", keyPath);
        return new SfmcRequest(lookup.name(), lookup.verb().name(),
                PathTemplate.BASE_PATH + lookupPath,
                request.query().stream().filter(p -> VERSION_NUMBER.equals(p.getKey())).toList(), null,
                lookup.replay());
    }

    private SfmcRequest byId(SfmcRequest request, SfmcRequest read, SfmcResponse response) {
        String id = idOf(read, response);
        SfmcJourneyMethod target = method.versionedTarget();
        return new SfmcRequest(target.name(), target.verb().name(), target.path().render(variable -> id),
                request.query(), request.body(), target.replay());
    }

    private static String idOf(SfmcRequest read, SfmcResponse response) {
        try {
            JsonNode json = SfmcJson.mapper().readTree(response.body());
            JsonNode id = json == null ? null : json.get("id");
            if (id != null && id.isTextual() && !id.asText().isBlank()) {
                return id.asText();
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException(read.method() + " " + read.verb() + " " + read.path()
                                        + " answered HTTP " + response.statusCode() + " without the journey's id: "
                                        + "nothing was deleted");
    }
}
