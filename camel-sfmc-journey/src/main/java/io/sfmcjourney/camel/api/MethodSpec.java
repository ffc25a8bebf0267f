package io.sfmcjourney.camel.api;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of one API method, written fluently in {@link SfmcJourneyMethod}'s table. Defaults follow the verb: GET and
 * DELETE send no body, POST and PUT require one; GET is replayed freely, DELETE is replayed and verified (a 404 to the
 * replay means done), POST and PUT are not replayed after an ambiguous failure (see {@link Replay}).
 */
final class MethodSpec {

    final HttpVerb verb;
    final PathTemplate path;
    BodyPolicy body;
    Replay replay;
    String keyLookup;
    String versionedTarget;
    Paging paging = Paging.NONE;
    ConsumerKind consumer;
    boolean startsPublish;
    boolean streamed;
    int maxListItems;
    Set<String> listItemFields = Set.of();
    final Map<String, String> requestHeaders = new LinkedHashMap<>();
    final Set<QueryParam> query = EnumSet.noneOf(QueryParam.class);
    final Set<QueryParam> requiredQuery = EnumSet.noneOf(QueryParam.class);
    final Set<QueryParam> requiredOneOfQuery = EnumSet.noneOf(QueryParam.class);

    private MethodSpec(HttpVerb verb, String path) {
        this.verb = verb;
        this.path = PathTemplate.of(path);
        this.body = verb == HttpVerb.POST || verb == HttpVerb.PUT ? BodyPolicy.REQUIRED : BodyPolicy.NONE;
        this.replay = switch (verb) {
            case GET -> Replay.SAFE;
            case DELETE -> Replay.DELETE_VERIFIED_BY_404;
            default -> Replay.NEVER;
        };
    }

    static MethodSpec get(String path) {
        return new MethodSpec(HttpVerb.GET, path);
    }

    static MethodSpec post(String path) {
        return new MethodSpec(HttpVerb.POST, path);
    }

    static MethodSpec put(String path) {
        return new MethodSpec(HttpVerb.PUT, path);
    }

    static MethodSpec delete(String path) {
        return new MethodSpec(HttpVerb.DELETE, path);
    }

    /** The body is always {@code {}}, whatever the message carries. */
    MethodSpec emptyBody() {
        body = BodyPolicy.EMPTY_OBJECT;
        return this;
    }

    /** The body is optional; {@code {}} is sent without one. */
    MethodSpec optionalBody() {
        body = BodyPolicy.OPTIONAL;
        return this;
    }

    /** A POST that only reads (a search), so replaying it after an ambiguous failure is safe. */
    MethodSpec readOnly() {
        replay = Replay.SAFE;
        return this;
    }

    /**
     * SFMC ignores {@code versionNumber} on this {@code key:} path (and would act on every version): with a
     * versionNumber the key is first resolved to the id with {@code lookup}, then {@code target} is called by id.
     */
    MethodSpec versionNumberNeedsId(String lookup, String target) {
        keyLookup = lookup;
        versionedTarget = target;
        return this;
    }

    /** Results come in SFMC's paging envelope; {@code $page} and {@code $pageSize} are accepted. */
    MethodSpec paged() {
        paging = Paging.PAGED;
        query.add(QueryParam.page);
        query.add(QueryParam.pageSize);
        return this;
    }

    /** A polling consumer ({@code from("sfmc-journey:<method>")}) of this kind exists for this method. */
    MethodSpec consumedBy(ConsumerKind kind) {
        consumer = kind;
        return this;
    }

    /** The answer carries a {@code statusId} to follow with publishStatus. */
    MethodSpec startsPublish() {
        startsPublish = true;
        return this;
    }

    /** Optional query parameters. */
    MethodSpec query(QueryParam... params) {
        query.addAll(Set.of(params));
        return this;
    }

    /** Query parameters without which the call is refused before sending. */
    MethodSpec requires(QueryParam... params) {
        query(params);
        requiredQuery.addAll(Set.of(params));
        return this;
    }

    /** Query parameters of which at least one must be given, else the call is refused before sending. */
    MethodSpec requiresOneOf(QueryParam... params) {
        query(params);
        requiredOneOfQuery.addAll(Set.of(params));
        return this;
    }

    /**
     * The answer is handed to the route as an InputStream (or written to a file) as it arrives, never read into memory
     * and not bounded by {@code maxResponseSize}.
     */
    MethodSpec streamed() {
        streamed = true;
        return this;
    }

    /**
     * The body is a JSON array of objects, each with {@code fields}, of which SFMC takes at most {@code max} per call:
     * longer lists are split.
     */
    MethodSpec listBody(int max, String... fields) {
        maxListItems = max;
        listItemFields = new LinkedHashSet<>(List.of(fields));
        return this;
    }

    /** An HTTP header the call always sends (e.g. {@code x-direct-pipe: true}). */
    MethodSpec header(String name, String value) {
        requestHeaders.put(name, value);
        return this;
    }
}
