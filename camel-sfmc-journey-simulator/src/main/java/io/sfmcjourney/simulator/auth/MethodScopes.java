package io.sfmcjourney.simulator.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OAuth scope each API method needs, as the project's README tells users to grant them: reads
 * {@code journeys_read}, creates and updates {@code journeys_write}, running journeys and entering contacts
 * {@code journeys_execute}, deleting journeys and event definitions {@code journeys_delete}. SFMC's permission table
 * lists every {@code /interaction/v1} resource under {@code journeys_read} only (see {@link
 * io.sfmcjourney.simulator.Quirks.ScopeCheck}), so this per-action mapping is the strict reading, not a documented
 * contract.
 */
public final class MethodScopes {

    public static final String READ = "journeys_read";
    public static final String WRITE = "journeys_write";
    public static final String EXECUTE = "journeys_execute";
    public static final String DELETE = "journeys_delete";

    private static final Map<String, String> SCOPES = new HashMap<>();

    static {
        put(READ, List.of("getInteraction", "getInteractionByKey", "getInteractionCollection", "getInteractionAudit",
                "getInteractionAuditByKey",
                "getEventDefinitionCollection", "getEventDefinitionById", "getEventDefinitionByKey", "publishStatus",
                "validateStatus", "getHistory", "searchJourneyHistory", "searchTraceEvents", "getGoalStatistics",
                "getWaitStatistics", "getTriggerStatistics", "getAsyncEventsStatus", "getJourneyMap",
                "getContactExitStatus", "postContactMembership", "downloadJourneyHistory",
                "estimateJourneyHistoryDownload", "getJourneyHistoryFreshness"));
        put(WRITE, List.of("postInteraction", "updateInteraction", "updateInteractionById", "updateInteractionByKey",
                "postEventDefinition", "updateEventDefinitionById", "updateEventDefinitionByKey",
                "createUpdateJourneyMap", "createTriggerTest", "updateTriggerTest", "deleteTriggerTest",
                "postGoalStatistics"));
        put(EXECUTE, List.of("publishInteractionById", "publishInteractionByKey", "validateInteractionById",
                "validateInteractionByKey", "stop", "stopByKey", "pauseInteractionById", "pauseInteractionByKey",
                "resumeInteractionById", "resumeInteractionByKey", "postInteractionsEvents", "postAsyncEvents",
                "postContactExit"));
        put(DELETE, List.of("deleteInteraction", "deleteInteractionByKey", "deleteEventDefinitionById",
                "deleteEventDefinitionByKey"));
    }

    private MethodScopes() {
    }

    private static void put(String scope, List<String> methods) {
        methods.forEach(method -> SCOPES.put(method, scope));
    }

    /** The scope {@code method} needs, or null for a method without a mapping (public methods). */
    public static String of(String method) {
        return SCOPES.get(method);
    }
}
