package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.Quirks;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.RouteTable;
import io.sfmcjourney.simulator.state.AccountState;
import io.sfmcjourney.simulator.state.JourneyLifecycle;
import io.sfmcjourney.simulator.state.Ref;
import io.sfmcjourney.simulator.state.StatusOperation;
import java.time.Instant;

/** publishAsync/publishStatus, validateAsync/validateStatus, stop, pause and resume. */
final class LifecycleEndpoints {

    private static final String V1 = ApiRoutes.V1;

    private final ApiContext context;

    LifecycleEndpoints(ApiContext context) {
        this.context = context;
    }

    /** What stop, pause and resume do to the selected versions. */
    @FunctionalInterface
    private interface Transition {
        void apply(JourneyLifecycle lifecycle, Ref ref, Integer versionNumber, boolean allVersions, Instant now);
    }

    void register(RouteTable routes) {
        routes.add("publishInteractionById", "POST", V1 + "interactions/publishAsync/{id}",
                request -> start(request, Ref.parse(request.path("id")), StatusOperation.Kind.PUBLISH));
        routes.add("publishInteractionByKey", "POST", V1 + "interactions/publishAsync/key:{key}",
                request -> start(request, Ref.key(request.path("key")), StatusOperation.Kind.PUBLISH));
        routes.add("publishStatus", "GET", V1 + "interactions/publishStatus/{id}",
                request -> status(request, StatusOperation.Kind.PUBLISH));
        routes.add("validateInteractionById", "POST", V1 + "interactions/validateAsync/{id}",
                request -> start(request, Ref.parse(request.path("id")), StatusOperation.Kind.VALIDATE));
        routes.add("validateInteractionByKey", "POST", V1 + "interactions/validateAsync/key:{key}",
                request -> start(request, Ref.key(request.path("key")), StatusOperation.Kind.VALIDATE));
        routes.add("validateStatus", "GET", V1 + "interactions/validateStatus/{id}",
                request -> status(request, StatusOperation.Kind.VALIDATE));
        routes.add("stop", "POST", V1 + "interactions/stop/{id}",
                request -> stop(request, Ref.parse(request.path("id"))));
        routes.add("stopByKey", "POST", V1 + "interactions/stop/key:{key}",
                request -> stop(request, Ref.key(request.path("key"))));
        routes.add("pauseInteractionById", "POST", V1 + "interactions/pause/{id}",
                request -> pauseOrResume(request, Ref.parse(request.path("id")), JourneyLifecycle::pause));
        routes.add("pauseInteractionByKey", "POST", V1 + "interactions/pause/key:{key}",
                request -> pauseOrResume(request, Ref.key(request.path("key")), JourneyLifecycle::pause));
        routes.add("resumeInteractionById", "POST", V1 + "interactions/resume/{id}",
                request -> pauseOrResume(request, Ref.parse(request.path("id")), JourneyLifecycle::resume));
        routes.add("resumeInteractionByKey", "POST", V1 + "interactions/resume/key:{key}",
                request -> pauseOrResume(request, Ref.key(request.path("key")), JourneyLifecycle::resume));
    }

    private ApiResponse start(ApiRequest request, Ref ref, StatusOperation.Kind kind) {
        request.jsonObjectOrEmpty();
        Integer versionNumber = request.intParam("versionNumber");
        AccountState account = request.account();
        return account.locked(() -> {
            Instant now = Instant.now();
            StatusOperation operation = kind == StatusOperation.Kind.PUBLISH
                    ? account.lifecycle().publish(ref, versionNumber, now)
                    : account.lifecycle().validate(ref, versionNumber, now);
            return ApiResponse.json(200, operation.acceptedView());
        });
    }

    private ApiResponse status(ApiRequest request, StatusOperation.Kind kind) {
        String statusId = request.path("id");
        AccountState account = request.account();
        return account.locked(() -> ApiResponse.json(200,
                account.lifecycle().operation(statusId, kind).statusView(System.currentTimeMillis())));
    }

    private ApiResponse stop(ApiRequest request, Ref ref) {
        request.jsonObjectOrEmpty();
        transition(request, ref, JourneyLifecycle::stop);
        return ApiResponse.empty(200);
    }

    /**
     * Pause and resume answer 202; without versionNumber or allVersions=true, 202 with a 10005 error body (or 400,
     * per {@link Quirks#pauseResumeMissingVersion()}).
     */
    private ApiResponse pauseOrResume(ApiRequest request, Ref ref, Transition transition) {
        request.jsonObjectOrEmpty();
        if (request.intParam("versionNumber") == null && !request.boolParam("allVersions", false)) {
            int status = context.quirks().pauseResumeMissingVersion() == Quirks.MissingVersionAnswer.BAD_REQUEST_400
                    ? 400 : 202;
            return ApiResponse.json(status,
                    ApiException.envelope("AllVersions=true or VersionNumber required.", 10005, ""));
        }
        transition(request, ref, transition);
        ObjectNode accepted = Json.object();
        accepted.put("status", "Accepted");
        return ApiResponse.json(202, accepted);
    }

    private void transition(ApiRequest request, Ref ref, Transition transition) {
        Integer versionNumber = request.intParam("versionNumber");
        boolean allVersions = request.boolParam("allVersions", false);
        AccountState account = request.account();
        account.locked(() -> {
            transition.apply(account.lifecycle(), ref, versionNumber, allVersions, Instant.now());
            return null;
        });
    }
}
