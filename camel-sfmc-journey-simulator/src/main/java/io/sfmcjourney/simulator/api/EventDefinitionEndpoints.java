package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.Quirks;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.server.ApiResponse;
import io.sfmcjourney.simulator.server.Json;
import io.sfmcjourney.simulator.server.PageRequest;
import io.sfmcjourney.simulator.server.RouteTable;
import io.sfmcjourney.simulator.state.AccountState;
import io.sfmcjourney.simulator.state.EventDefinition;
import io.sfmcjourney.simulator.state.Ref;
import java.time.Instant;
import java.util.List;

/** Event definition create, read (one or a page), update and delete, by id or key. */
final class EventDefinitionEndpoints {

    private static final String V1 = ApiRoutes.V1;

    private final ApiContext context;

    EventDefinitionEndpoints(ApiContext context) {
        this.context = context;
    }

    void register(RouteTable routes) {
        routes.add("postEventDefinition", "POST", V1 + "eventDefinitions", this::create);
        routes.add("getEventDefinitionCollection", "GET", V1 + "eventDefinitions", this::collection);
        routes.add("getEventDefinitionById", "GET", V1 + "eventDefinitions/{id}",
                request -> get(request, Ref.parse(request.path("id"))));
        routes.add("getEventDefinitionByKey", "GET", V1 + "eventDefinitions/key:{key}",
                request -> get(request, Ref.key(request.path("key"))));
        routes.add("updateEventDefinitionById", "PUT", V1 + "eventDefinitions/{id}",
                request -> update(request, Ref.parse(request.path("id"))));
        routes.add("updateEventDefinitionByKey", "PUT", V1 + "eventDefinitions/key:{key}",
                request -> update(request, Ref.key(request.path("key"))));
        routes.add("deleteEventDefinitionById", "DELETE", V1 + "eventDefinitions/{id}",
                request -> delete(request, Ref.parse(request.path("id"))));
        routes.add("deleteEventDefinitionByKey", "DELETE", V1 + "eventDefinitions/key:{key}",
                request -> delete(request, Ref.key(request.path("key"))));
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        AccountState account = request.account();
        return account.locked(() ->
                ApiResponse.json(200, account.eventDefinitions().create(body, Instant.now()).writeView()));
    }

    private ApiResponse get(ApiRequest request, Ref ref) {
        AccountState account = request.account();
        return account.locked(() -> ApiResponse.json(200, readView(account, account.eventDefinitions().require(ref))));
    }

    private ApiResponse update(ApiRequest request, Ref ref) {
        ObjectNode body = request.jsonObject();
        AccountState account = request.account();
        return account.locked(() ->
                ApiResponse.json(200, account.eventDefinitions().update(ref, body, Instant.now()).writeView()));
    }

    private ApiResponse delete(ApiRequest request, Ref ref) {
        AccountState account = request.account();
        account.locked(() -> {
            account.eventDefinitions().delete(ref);
            return null;
        });
        return ApiResponse.empty(200);
    }

    private ApiResponse collection(ApiRequest request) {
        Quirks quirks = context.quirks();
        PageRequest page = PageRequest.from(request, quirks.eventDefinitionMaxPageSize(),
                quirks.eventDefinitionPageSizeNeedsPage());
        String name = request.nonBlankParam("name");
        AccountState account = request.account();
        return account.locked(() -> {
            List<EventDefinition> matches = account.eventDefinitions().list(name);
            ArrayNode items = Json.array();
            matches.stream().skip(page.offset()).limit(page.pageSize())
                    .forEach(definition -> items.add(readView(account, definition)));
            return context.pageResponse(page, matches.size(), items);
        });
    }

    private static ObjectNode readView(AccountState account, EventDefinition definition) {
        int[] counts = account.journeyCounts(definition);
        return definition.readView(counts[0], counts[1]);
    }
}
