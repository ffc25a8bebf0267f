package io.sfmcjourney.camel.api;

import static io.sfmcjourney.camel.api.MethodSpec.delete;
import static io.sfmcjourney.camel.api.MethodSpec.get;
import static io.sfmcjourney.camel.api.MethodSpec.post;
import static io.sfmcjourney.camel.api.MethodSpec.put;
import static io.sfmcjourney.camel.api.QueryParam.activityType;
import static io.sfmcjourney.camel.api.QueryParam.allVersions;
import static io.sfmcjourney.camel.api.QueryParam.columns;
import static io.sfmcjourney.camel.api.QueryParam.contactKey;
import static io.sfmcjourney.camel.api.QueryParam.definitionId;
import static io.sfmcjourney.camel.api.QueryParam.definitionType;
import static io.sfmcjourney.camel.api.QueryParam.end;
import static io.sfmcjourney.camel.api.QueryParam.endDate;
import static io.sfmcjourney.camel.api.QueryParam.eventDefinitionKey;
import static io.sfmcjourney.camel.api.QueryParam.eventInstanceId;
import static io.sfmcjourney.camel.api.QueryParam.extras;
import static io.sfmcjourney.camel.api.QueryParam.format;
import static io.sfmcjourney.camel.api.QueryParam.id;
import static io.sfmcjourney.camel.api.QueryParam.key;
import static io.sfmcjourney.camel.api.QueryParam.mostRecentVersionOnly;
import static io.sfmcjourney.camel.api.QueryParam.name;
import static io.sfmcjourney.camel.api.QueryParam.nameOrDescription;
import static io.sfmcjourney.camel.api.QueryParam.orderBy;
import static io.sfmcjourney.camel.api.QueryParam.requestId;
import static io.sfmcjourney.camel.api.QueryParam.specificApiVersionNumber;
import static io.sfmcjourney.camel.api.QueryParam.start;
import static io.sfmcjourney.camel.api.QueryParam.startDate;
import static io.sfmcjourney.camel.api.QueryParam.status;
import static io.sfmcjourney.camel.api.QueryParam.tag;
import static io.sfmcjourney.camel.api.QueryParam.type;
import static io.sfmcjourney.camel.api.QueryParam.versionNumber;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Journey Builder API methods: the one table the URI path, request building and retry safety read. Constant names
 * are the method names of SFMC's discovery document ({@code GET /interaction/v1/rest}) plus close relatives SFMC
 * documents elsewhere; paths are relative to {@code /interaction/v1/} and spelled as in the discovery document.
 *
 * <p>Replay after an ambiguous failure ({@link Replay}): GET and the POSTs that only read (the searches, contact exit
 * status, contact membership, history download and estimate) are replayed freely; DELETE is replayed and a 404 to the replay counts as done; POST
 * and PUT are not replayed (a journey PUT carries an optimistic {@code modifiedDate}, an event definition PUT can
 * rename its key, a POST can enter a contact twice).
 */
public enum SfmcJourneyMethod {

    // ---- the 34 methods of the discovery document
    discovery(get("rest"), "Returns the discovery document of the API."),
    postInteraction(post("interactions"), "Creates a journey, or a new draft version of an existing key."),
    updateInteraction(put("interactions"), "Updates a journey version; the body names it by key and version."),
    updateInteractionByKey(put("interactions/key:{key}"), "Updates a journey version addressed by key."),
    updateInteractionById(put("interactions/{id}"), "Updates a journey version addressed by id."),
    publishInteractionById(post("interactions/publishAsync/{id}").emptyBody().requires(versionNumber).startsPublish(),
            "Starts publishing a journey version; answers a statusId for publishStatus."),
    publishInteractionByKey(post("interactions/publishAsync/key:{key}").emptyBody().requires(versionNumber)
            .startsPublish(),
            "Starts publishing a journey version addressed by key."),
    publishStatus(get("interactions/publishStatus/{id}").consumedBy(ConsumerKind.PUBLISH_STATUS),
            "Reads the status of a publication (id = statusId)."),
    stop(post("interactions/stop/{id}").emptyBody().requires(versionNumber), "Stops a running journey version."),
    stopByKey(post("interactions/stop/key:{key}").emptyBody().requires(versionNumber),
            "Stops a running journey version addressed by key."),
    getGoalStatistics(get("goalstatistics/{id}").query(versionNumber), "Reads the goal statistics of a journey."),
    postGoalStatistics(post("goalstatistics/clear/{id}").emptyBody(), "Clears the goal statistics of a journey."),
    getInteraction(get("interactions/{id}").query(versionNumber, extras),
            "Reads a journey (the latest version unless versionNumber is given)."),
    deleteInteraction(delete("interactions/{id}").query(versionNumber),
            "Deletes a journey: all versions, or only versionNumber."),
    deleteInteractionByKey(delete("interactions/key:{key}").query(versionNumber)
            .versionNumberNeedsId("getInteractionByKey", "deleteInteraction"),
            "Deletes a journey addressed by key: all versions, or only versionNumber (resolved to the id first)."),
    getInteractionCollection(get("interactions").paged()
            .query(orderBy, status, versionNumber, specificApiVersionNumber, mostRecentVersionOnly, definitionType,
                    nameOrDescription, extras, tag, id, key),
            "Lists journeys, one page at a time (id or key: the versions of one journey)."),
    getWaitStatistics(get("waitstatistics/{id}").query(versionNumber), "Reads the wait activity counts of a journey."),
    getJourneyMap(get("map"), "Reads the journey map."),
    createUpdateJourneyMap(post("map"), "Creates or updates the journey map."),
    searchTraceEvents(post("interactions/traceevents/search").optionalBody().readOnly(),
            "Searches the trace events of contacts flowing through journeys."),
    getTriggerStatistics(get("triggerstats/{eventDefinitionID}"),
            "Reads the trigger statistics of an entry event definition."),
    createTriggerTest(post("interactions/triggerTest/{eventDefinitionId}").optionalBody(), "Creates a trigger test."),
    updateTriggerTest(put("interactions/triggerTest/{eventDefinitionId}").optionalBody(), "Updates a trigger test."),
    deleteTriggerTest(delete("interactions/triggerTest/{eventDefinitionId}"), "Deletes a trigger test."),
    postEventDefinition(post("eventDefinitions"), "Creates an entry event definition."),
    updateEventDefinitionById(put("eventDefinitions/{id}"), "Updates an event definition addressed by id."),
    updateEventDefinitionByKey(put("eventDefinitions/key:{key}"), "Updates an event definition addressed by key."),
    getEventDefinitionByKey(get("eventDefinitions/key:{key}"), "Reads an event definition by key."),
    getEventDefinitionById(get("eventDefinitions/{id}"), "Reads an event definition by id."),
    getEventDefinitionCollection(get("eventDefinitions").paged().query(name),
            "Lists event definitions, one page at a time."),
    deleteEventDefinitionById(delete("eventDefinitions/{id}"), "Deletes an event definition by id."),
    deleteEventDefinitionByKey(delete("eventDefinitions/key:{key}"), "Deletes an event definition by key."),
    postInteractionsEvents(post("events"),
            "Fires an entry event for one contact ({ContactKey, EventDefinitionKey, Data}); answers eventInstanceId."),
    getHistory(get("history").paged().consumedBy(ConsumerKind.HISTORY_QUERY)
            .query(orderBy, start, end, definitionId, contactKey, activityType, status),
            "Lists journey history records, one page at a time. Listed by discovery only: its query parameters are "
            + "unverified; prefer searchJourneyHistory."),

    // ---- documented relatives outside the discovery document
    getInteractionByKey(get("interactions/key:{key}").query(versionNumber, extras), "Reads a journey by key."),
    postAsyncEvents(post("async/events"),
            "Queues entry events for up to 100 contacts ({eventDefinitionKey, members[{contactKey, data}]})."),
    getAsyncEventsStatus(get("async/events/status").paged()
            .query(orderBy, type, contactKey, requestId, eventInstanceId, eventDefinitionKey, startDate, endDate),
            "Reads the processing status of queued entry events."),
    searchJourneyHistory(post("interactions/journeyhistory/search").paged().consumedBy(ConsumerKind.HISTORY_SEARCH)
            .query(orderBy).optionalBody().readOnly(),
            "Searches journey history with a filter body, one page at a time."),
    validateInteractionById(post("interactions/validateAsync/{id}").emptyBody().requires(versionNumber),
            "Starts validating a journey version; answers a statusId for validateStatus."),
    validateInteractionByKey(post("interactions/validateAsync/key:{key}").emptyBody().requires(versionNumber),
            "Starts validating a journey version addressed by key."),
    validateStatus(get("interactions/validateStatus/{id}"), "Reads the status of a validation (id = statusId)."),
    pauseInteractionById(post("interactions/pause/{id}").optionalBody().requiresOneOf(versionNumber, allVersions),
            "Pauses a journey version (or all versions)."),
    pauseInteractionByKey(post("interactions/pause/key:{key}").optionalBody().requiresOneOf(versionNumber, allVersions),
            "Pauses a journey version (or all versions) addressed by key."),
    resumeInteractionById(post("interactions/resume/{id}").optionalBody().requiresOneOf(versionNumber, allVersions),
            "Resumes a paused journey version (or all versions)."),
    resumeInteractionByKey(post("interactions/resume/key:{key}").optionalBody().requiresOneOf(versionNumber, allVersions),
            "Resumes a paused journey version (or all versions) addressed by key."),
    postContactExit(post("interactions/contactexit").listBody(50, "ContactKey", "DefinitionKey"),
            "Removes contacts from journey versions ([{ContactKey, DefinitionKey, Versions}]); longer lists are sent in "
            + "calls of 50."),
    getContactExitStatus(post("interactions/contactexit/status").readOnly(),
            "Reads the status of contact exits ([{ContactKey, DefinitionKey}])."),
    postContactMembership(post("interactions/contactMembership").readOnly(),
            "Lists the journeys and versions contacts are in ({ContactKeyList})."),
    getInteractionAudit(get("interactions/{id}/audit/{action}").paged().query(versionNumber),
            "Reads the audit log of a journey (action all, create, modify, publish, unpublish or delete)."),
    getInteractionAuditByKey(get("interactions/key:{key}/audit/{action}").paged().query(versionNumber),
            "Reads the audit log of a journey addressed by key."),
    downloadJourneyHistory(post("interactions/journeyhistory/download").optionalBody().readOnly().streamed()
            .header("x-direct-pipe", "true").query(format, columns),
            "Downloads journey history as CSV or TSV (up to 1 GB), streamed to an InputStream or to downloadFile."),
    estimateJourneyHistoryDownload(post("interactions/journeyhistory/estimate").optionalBody().readOnly()
            .query(format, columns),
            "Estimates the rows and bytes a journey history download would return."),
    getJourneyHistoryFreshness(get("interactions/journeyhistory/freshness"),
            "Reads how many seconds journey history trails behind journey events.");

    private static final String NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(","));
    private static final String CONSUMABLE_NAMES = Arrays.stream(values()).filter(SfmcJourneyMethod::isConsumable)
            .map(Enum::name).collect(Collectors.joining(", "));

    private final HttpVerb verb;
    private final PathTemplate path;
    private final BodyPolicy bodyPolicy;
    private final Replay replay;
    private final String keyLookup;
    private final String versionedTarget;
    private final Paging paging;
    private final ConsumerKind consumerKind;
    private final boolean startsPublish;
    private final boolean streamed;
    private final int maxListItems;
    private final Set<String> listItemFields;
    private final Map<String, String> requestHeaders;
    private final Set<QueryParam> queryParams;
    private final Set<QueryParam> requiredQueryParams;
    private final Set<QueryParam> requiredOneOfQueryParams;
    private final String description;

    SfmcJourneyMethod(MethodSpec spec, String description) {
        this.verb = spec.verb;
        this.path = spec.path;
        this.bodyPolicy = spec.body;
        this.replay = spec.replay;
        this.keyLookup = spec.keyLookup;
        this.versionedTarget = spec.versionedTarget;
        this.paging = spec.paging;
        this.consumerKind = spec.consumer;
        this.startsPublish = spec.startsPublish;
        this.streamed = spec.streamed;
        this.maxListItems = spec.maxListItems;
        this.listItemFields = Collections.unmodifiableSet(spec.listItemFields);
        this.requestHeaders = Collections.unmodifiableMap(spec.requestHeaders);
        this.queryParams = Collections.unmodifiableSet(spec.query);
        this.requiredQueryParams = Collections.unmodifiableSet(spec.requiredQuery);
        this.requiredOneOfQueryParams = Collections.unmodifiableSet(spec.requiredOneOfQuery);
        this.description = description;
    }

    /** The HTTP verb. */
    public HttpVerb verb() {
        return verb;
    }

    /** The path template relative to {@code /interaction/v1/}. */
    public PathTemplate path() {
        return path;
    }

    /** The values the path needs. */
    public Set<PathVariable> pathVariables() {
        return path.variables();
    }

    /** Whether the message body is sent. */
    public BodyPolicy bodyPolicy() {
        return bodyPolicy;
    }

    /** Whether replaying the call after an ambiguous failure is done without opting in ({@link Replay#replayable()}). */
    public boolean isIdempotent() {
        return replay.replayable();
    }

    /** Whether and how the call is replayed after a failure that may have reached SFMC. */
    public Replay replay() {
        return replay;
    }

    /**
     * For a {@code key:} path on which SFMC ignores {@code versionNumber}: the method that reads the id by key, used
     * before calling {@link #versionedTarget()} with a versionNumber; null for every other method.
     */
    public SfmcJourneyMethod keyLookup() {
        return keyLookup == null ? null : fromName(keyLookup);
    }

    /** The by-id method called instead of this one when a versionNumber is given (see {@link #keyLookup()}), or null. */
    public SfmcJourneyMethod versionedTarget() {
        return versionedTarget == null ? null : fromName(versionedTarget);
    }

    /** How results are paged. */
    public Paging paging() {
        return paging;
    }

    /** Whether {@code from("sfmc-journey:<method>")} works: a polling consumer exists for this method. */
    public boolean isConsumable() {
        return consumerKind != null;
    }

    /** The kind of polling consumer this method has, or null when it can only be called ({@code to}). */
    public ConsumerKind consumerKind() {
        return consumerKind;
    }

    /** Whether the answer is a publishAsync {@code {statusId, statusUrl}} that publishStatus can follow. */
    public boolean startsPublish() {
        return startsPublish;
    }

    /** Whether the answer is streamed to the route (an InputStream or a file), never held in memory. */
    public boolean isStreamed() {
        return streamed;
    }

    /** For a JSON array body: the most items SFMC takes per call (longer lists are split); 0 for other bodies. */
    public int maxListItems() {
        return maxListItems;
    }

    /** For a list body: the fields every item must carry (checked before sending). */
    public Set<String> listItemFields() {
        return listItemFields;
    }

    /** HTTP headers this method always sends besides authorization and content negotiation. */
    public Map<String, String> requestHeaders() {
        return requestHeaders;
    }

    /** The query options this method sends when set. */
    public Set<QueryParam> queryParams() {
        return queryParams;
    }

    /** The query options without which the call is refused. */
    public Set<QueryParam> requiredQueryParams() {
        return requiredQueryParams;
    }

    /** Query parameters of which at least one must be given (e.g. pause needs versionNumber or allVersions). */
    public Set<QueryParam> requiredOneOfQueryParams() {
        return requiredOneOfQueryParams;
    }

    /** One line saying what the method does. */
    public String description() {
        return description;
    }

    /** All method names, comma-separated, in table order (the URI path's enum). */
    public static String names() {
        return NAMES;
    }

    /** The names of the consumable methods, comma-separated, for error messages. */
    public static String consumableNames() {
        return CONSUMABLE_NAMES;
    }

    /**
     * The method of this exact name.
     *
     * @throws IllegalArgumentException naming the valid methods when there is none
     */
    public static SfmcJourneyMethod fromName(String name) {
        for (SfmcJourneyMethod method : values()) {
            if (method.name().equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException(
                "Unknown sfmc-journey method '" + name + "'. Valid methods: " + NAMES.replace(",", ", "));
    }
}
