package io.sfmcjourney.camel.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * The facts of one API method, written fluently in {@link SfmcJourneyMethod}'s table. Defaults follow the verb: GET and
 * DELETE send no body, POST and PUT require one; GET, PUT and DELETE are idempotent, POST is not.
 */
final class MethodSpec {

    final HttpVerb verb;
    final PathTemplate path;
    BodyPolicy body;
    boolean idempotent;
    Paging paging = Paging.NONE;
    boolean consumable;
    boolean startsPublish;
    final Set<QueryParam> query = EnumSet.noneOf(QueryParam.class);
    final Set<QueryParam> requiredQuery = EnumSet.noneOf(QueryParam.class);
    final Set<QueryParam> requiredOneOfQuery = EnumSet.noneOf(QueryParam.class);

    private MethodSpec(HttpVerb verb, String path) {
        this.verb = verb;
        this.path = PathTemplate.of(path);
        this.body = verb == HttpVerb.POST || verb == HttpVerb.PUT ? BodyPolicy.REQUIRED : BodyPolicy.NONE;
        this.idempotent = verb != HttpVerb.POST;
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
        idempotent = true;
        return this;
    }

    /** Results come in SFMC's paging envelope; {@code $page} and {@code $pageSize} are accepted. */
    MethodSpec paged() {
        paging = Paging.PAGED;
        query.add(QueryParam.page);
        query.add(QueryParam.pageSize);
        return this;
    }

    /** A polling consumer ({@code from("sfmc-journey:<method>")}) exists for this method. */
    MethodSpec consumable() {
        consumable = true;
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
}
