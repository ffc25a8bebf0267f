package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.RouteTable;
import io.sfmcjourney.simulator.state.AccountState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The discovery document, the journey map document and trigger tests. */
final class MiscEndpoints {

    private static final String V1 = ApiRoutes.V1;
    private static final JsonNode DISCOVERY = loadDiscovery();

    void register(RouteTable routes) {
        routes.add("discovery", "GET", V1 + "rest", request -> ApiResponse.json(200, DISCOVERY.deepCopy()));
        routes.add("getJourneyMap", "GET", V1 + "map", request -> ApiResponse.json(200, request.account().journeyMap()));
        routes.add("createUpdateJourneyMap", "POST", V1 + "map", this::saveMap);
        routes.add("createTriggerTest", "POST", V1 + "interactions/triggerTest/{eventDefinitionId}", this::saveTest);
        routes.add("updateTriggerTest", "PUT", V1 + "interactions/triggerTest/{eventDefinitionId}", this::saveTest);
        routes.add("deleteTriggerTest", "DELETE", V1 + "interactions/triggerTest/{eventDefinitionId}",
                this::deleteTest);
    }

    private ApiResponse saveMap(ApiRequest request) {
        AccountState account = request.account();
        account.journeyMap(request.jsonObject());
        return ApiResponse.json(200, account.journeyMap());
    }

    private ApiResponse saveTest(ApiRequest request) {
        JsonNode body = request.hasBody() ? request.json() : Json.object();
        request.account().triggerTests().put(request.path("eventDefinitionId"), body.deepCopy());
        return ApiResponse.json(200, Json.object());
    }

    private ApiResponse deleteTest(ApiRequest request) {
        request.account().triggerTests().remove(request.path("eventDefinitionId"));
        return ApiResponse.json(200, Json.object());
    }

    private static JsonNode loadDiscovery() {
        try (InputStream in = MiscEndpoints.class.getResourceAsStream("/io/sfmcjourney/simulator/discovery.json")) {
            if (in == null) {
                throw new IllegalStateException("discovery.json is missing from the simulator jar");
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
