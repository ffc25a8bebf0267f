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
import io.sfmcjourney.simulator.state.Journey;
import io.sfmcjourney.simulator.state.JourneyStatus;
import io.sfmcjourney.simulator.state.JourneyVersion;
import io.sfmcjourney.simulator.state.Ref;
import java.time.Instant;
import java.util.List;

/** Journey create, read, update, delete, collection and audit. */
final class JourneyEndpoints {

    private static final String V1 = ApiRoutes.V1;

    private final ApiContext context;

    JourneyEndpoints(ApiContext context) {
        this.context = context;
    }

    void register(RouteTable routes) {
        routes.add("postInteraction", "POST", V1 + "interactions", this::create);
        routes.add("updateInteraction", "PUT", V1 + "interactions", request -> update(request, null));
        routes.add("updateInteractionById", "PUT", V1 + "interactions/{id}",
                request -> update(request, Ref.parse(request.path("id"))));
        routes.add("updateInteractionByKey", "PUT", V1 + "interactions/key:{key}",
                request -> update(request, Ref.key(request.path("key"))));
        routes.add("getInteraction", "GET", V1 + "interactions/{id}",
                request -> get(request, Ref.parse(request.path("id"))));
        routes.add("getInteractionByKey", "GET", V1 + "interactions/key:{key}",
                request -> get(request, Ref.key(request.path("key"))));
        routes.add("deleteInteraction", "DELETE", V1 + "interactions/{id}",
                request -> delete(request, Ref.parse(request.path("id")), false));
        routes.add("deleteInteractionByKey", "DELETE", V1 + "interactions/key:{key}",
                request -> delete(request, Ref.key(request.path("key")),
                        context.quirks().deleteByKeyIgnoresVersionNumber()));
        routes.add("getInteractionCollection", "GET", V1 + "interactions", this::collection);
        routes.add("getInteractionAudit", "GET", V1 + "interactions/{id}/audit/{action}",
                request -> audit(request, Ref.parse(request.path("id"))));
        routes.add("getInteractionAuditByKey", "GET", V1 + "interactions/key:{key}/audit/{action}",
                request -> audit(request, Ref.key(request.path("key"))));
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        AccountState account = request.account();
        return account.locked(() -> {
            Instant now = Instant.now();
            int before = versionsOf(account, body);
            JourneyVersion version = account.journeys().create(body, now, context.quirks());
            account.lifecycle().audit(version, version.journey().versions().size() > before ? "Create" : "Modify", now);
            account.journeysChanged();
            return ApiResponse.json(200, version.fullView());
        });
    }

    private static int versionsOf(AccountState account, ObjectNode body) {
        String key = Json.text(body, "key");
        Journey journey = key == null ? null : account.journeys().find(Ref.key(key));
        return journey == null ? 0 : journey.versions().size();
    }

    private ApiResponse update(ApiRequest request, Ref ref) {
        ObjectNode body = request.jsonObject();
        AccountState account = request.account();
        return account.locked(() -> {
            Instant now = Instant.now();
            JourneyVersion version = account.journeys().update(ref, body, now, context.quirks());
            account.lifecycle().audit(version, "Modify", now);
            account.journeysChanged();
            return ApiResponse.json(200, version.fullView());
        });
    }

    private ApiResponse get(ApiRequest request, Ref ref) {
        Integer versionNumber = request.intParam("versionNumber");
        Extras extras = Extras.of(request.param("extras"));
        AccountState account = request.account();
        return account.locked(() -> ApiResponse.json(200,
                account.journeys().get(ref, versionNumber).view(extras.activities(), extras.all())));
    }

    /** DELETE; on a key path SFMC may ignore versionNumber ({@code ignoreVersion}) and delete every version. */
    private ApiResponse delete(ApiRequest request, Ref ref, boolean ignoreVersion) {
        Integer versionNumber = ignoreVersion ? null : request.intParam("versionNumber");
        AccountState account = request.account();
        Journey journey = account.locked(() -> {
            Journey existing = account.journeys().find(ref);
            if (!context.quirks().deleteOfDeletedIsNotFound() && existing != null && alreadyDeleted(existing, versionNumber)) {
                return existing;
            }
            return account.lifecycle().delete(ref, versionNumber, Instant.now());
        });
        return context.quirks().deleteJourneyBody() == Quirks.DeleteJourneyBody.ID_TEXT
                ? ApiResponse.text(200, journey.id()) : ApiResponse.empty(200);
    }

    private static boolean alreadyDeleted(Journey journey, Integer versionNumber) {
        if (versionNumber == null) {
            return journey.fullyDeleted();
        }
        JourneyVersion version = journey.version(versionNumber);
        return version != null && version.status() == JourneyStatus.Deleted;
    }

    private ApiResponse collection(ApiRequest request) {
        JourneySearch search = JourneySearch.from(request);
        PageRequest page = context.page(request);
        Extras extras = Extras.of(request.param("extras"));
        AccountState account = request.account();
        return account.locked(() -> {
            List<JourneyVersion> matches = search.run(account.journeys().all());
            ArrayNode items = Json.array();
            matches.stream().skip(page.offset()).limit(page.pageSize())
                    .forEach(version -> items.add(version.view(extras.activities(), extras.all())));
            return context.pageResponse(page, matches.size(), items);
        });
    }

    private ApiResponse audit(ApiRequest request, Ref ref) {
        String action = request.path("action");
        Integer versionNumber = request.intParam("versionNumber");
        PageRequest page = context.page(request);
        AccountState account = request.account();
        return account.locked(() -> {
            Journey journey = account.journeys().require(ref);
            ArrayNode items = Json.array();
            long count = 0;
            for (ObjectNode entry : journey.audit().newestFirst()) {
                boolean actionMatches = "all".equalsIgnoreCase(action)
                        || entry.path("action").asText().equalsIgnoreCase(action);
                boolean versionMatches = versionNumber == null || entry.path("versionNumber").asInt() == versionNumber;
                if (actionMatches && versionMatches) {
                    if (count >= page.offset() && items.size() < page.pageSize()) {
                        items.add(entry);
                    }
                    count++;
                }
            }
            ApiResponse response = context.pageResponse(page, count, items);
            return context.quirks().pascalCaseAuditEnvelope() ? pascalCase(response) : response;
        });
    }

    /** The envelope with the documentation example's field names ({@code Count, Page, PageSize, Links, Items}). */
    private static ApiResponse pascalCase(ApiResponse response) {
        ObjectNode renamed = Json.object();
        response.json().fields().forEachRemaining(field -> renamed.set(
                Character.toUpperCase(field.getKey().charAt(0)) + field.getKey().substring(1), field.getValue()));
        return ApiResponse.json(response.status(), renamed);
    }

    /** What {@code extras} asks for. */
    record Extras(boolean activities, boolean all) {

        static Extras of(String extras) {
            if (extras == null || extras.isBlank()) {
                return new Extras(false, false);
            }
            String lower = extras.toLowerCase();
            boolean all = lower.contains("all");
            return new Extras(all || lower.contains("activities"), all);
        }
    }
}
