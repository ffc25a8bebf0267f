package io.sfmcjourney.simulator;

/**
 * Behaviours public sources do not pin down. Defaults follow the most likely real SFMC behaviour
 * (see the API reference, section 6); every switch can be changed at runtime.
 */
public final class Quirks {

    /** What {@code pageSize} in a paging envelope reports. */
    public enum PageSizeEcho {
        /** The (clamped) requested page size. */
        REQUESTED,
        /** The number of items on the returned page. */
        ITEMS_ON_PAGE
    }

    /** HTTP status and errorcode of a state error such as "Cannot publish interaction in Published status.". */
    public enum StateError {
        /** 400 with errorcode 30000. */
        BAD_REQUEST_30000(400, 30000),
        /** 409 with errorcode 30002. */
        CONFLICT_30002(409, 30002);

        private final int status;
        private final int errorcode;

        StateError(int status, int errorcode) {
            this.status = status;
            this.errorcode = errorcode;
        }

        public int status() {
            return status;
        }

        public int errorcode() {
            return errorcode;
        }
    }

    /** Answer to POST /interactions with a key whose latest version is still a Draft. */
    public enum ExistingDraftKey {
        /** 409/30004 "An interaction with this key already exists.". */
        CONFLICT_30004,
        /** 400/30000 with the same message. */
        BAD_REQUEST_30000,
        /** Overwrite the Draft (like an update) and answer 200. */
        UPDATE_DRAFT
    }

    /** Body of a successful journey DELETE. */
    public enum DeleteJourneyBody {
        /** 200 without a body. */
        NONE,
        /** 200 with the journey id as plain text. */
        ID_TEXT
    }

    /** Which scope a token needs for a Journey Builder method (403 errorcode 20002 without it). */
    public enum ScopeCheck {
        /** The scope of the action: read, write, execute or delete (see {@code MethodScopes}); the strict default. */
        PER_ACTION,
        /** {@code journeys_read} for every method, as SFMC's permission table lists them. */
        JOURNEYS_READ,
        /** No scope check. */
        OFF
    }

    private volatile ScopeCheck scopeCheck = ScopeCheck.PER_ACTION;
    private volatile boolean caseInsensitiveEventFields;
    private volatile boolean routeBeforeAuthentication;
    /** Answer of pause/resume without {@code versionNumber} and without {@code allVersions=true}. */
    public enum MissingVersionAnswer {
        /** 202 carrying the error envelope {@code errorcode 10005} (as documented). */
        ACCEPTED_WITH_ERROR_202,
        /** 400 with the same envelope (the documented code table's status for 10005). */
        BAD_REQUEST_400
    }

    private volatile PageSizeEcho pageSizeEcho = PageSizeEcho.REQUESTED;
    private volatile StateError publishStateErrorStatus = StateError.BAD_REQUEST_30000;
    private volatile StateError staleModifiedDateError = StateError.CONFLICT_30002;
    private volatile ExistingDraftKey postExistingDraftKey = ExistingDraftKey.CONFLICT_30004;
    private volatile int asyncEventsStatus = 202;
    private volatile DeleteJourneyBody deleteJourneyBody = DeleteJourneyBody.NONE;
    private volatile boolean eventDefinitionPageSizeNeedsPage = true;
    private volatile int eventDefinitionMaxPageSize = 50;
    private volatile boolean omitEmptyItems;
    private volatile boolean putRequiresModifiedDate;
    private volatile MissingVersionAnswer pauseResumeMissingVersion = MissingVersionAnswer.ACCEPTED_WITH_ERROR_202;
    private volatile boolean deleteByKeyIgnoresVersionNumber = true;
    private volatile boolean deleteOfDeletedIsNotFound = true;
    private final HistoryQuirks history = new HistoryQuirks();

    public Quirks pageSizeEcho(PageSizeEcho echo) {
        this.pageSizeEcho = echo;
        return this;
    }

    public PageSizeEcho pageSizeEcho() {
        return pageSizeEcho;
    }

    /** Status/errorcode for publish/validate/stop/pause/resume in a wrong state (default 400/30000). */
    public Quirks publishStateErrorStatus(StateError error) {
        this.publishStateErrorStatus = error;
        return this;
    }

    public StateError publishStateErrorStatus() {
        return publishStateErrorStatus;
    }

    /** Status/errorcode for a PUT whose {@code modifiedDate} is stale (default 409/30002). */
    public Quirks staleModifiedDateError(StateError error) {
        this.staleModifiedDateError = error;
        return this;
    }

    public StateError staleModifiedDateError() {
        return staleModifiedDateError;
    }

    public Quirks postExistingDraftKey(ExistingDraftKey behaviour) {
        this.postExistingDraftKey = behaviour;
        return this;
    }

    public ExistingDraftKey postExistingDraftKey() {
        return postExistingDraftKey;
    }

    /** Success status of {@code POST /async/events} (default 202). */
    public Quirks asyncEventsStatus(int status) {
        this.asyncEventsStatus = status;
        return this;
    }

    public int asyncEventsStatus() {
        return asyncEventsStatus;
    }

    public Quirks deleteJourneyBody(DeleteJourneyBody body) {
        this.deleteJourneyBody = body;
        return this;
    }

    public DeleteJourneyBody deleteJourneyBody() {
        return deleteJourneyBody;
    }

    /** Event definitions honour {@code $pageSize} only when {@code $page} is present too (default true). */
    public Quirks eventDefinitionPageSizeNeedsPage(boolean needsPage) {
        this.eventDefinitionPageSizeNeedsPage = needsPage;
        return this;
    }

    public boolean eventDefinitionPageSizeNeedsPage() {
        return eventDefinitionPageSizeNeedsPage;
    }

    /** Largest page of event definitions (documented: 50). */
    public Quirks eventDefinitionMaxPageSize(int max) {
        this.eventDefinitionMaxPageSize = max;
        return this;
    }

    public int eventDefinitionMaxPageSize() {
        return eventDefinitionMaxPageSize;
    }

    /** Leave {@code items} out of empty collection pages (default false: {@code "items":[]}). */
    public Quirks omitEmptyItems(boolean omit) {
        this.omitEmptyItems = omit;
        return this;
    }

    public boolean omitEmptyItems() {
        return omitEmptyItems;
    }

    /** A journey PUT without {@code modifiedDate} is treated as stale (default false: no check without it). */
    public Quirks putRequiresModifiedDate(boolean required) {
        this.putRequiresModifiedDate = required;
        return this;
    }

    public boolean putRequiresModifiedDate() {
        return putRequiresModifiedDate;
    }

    /** How scopes are enforced (default {@link ScopeCheck#PER_ACTION}). */
    public Quirks scopeCheck(ScopeCheck check) {
        this.scopeCheck = check;
        return this;
    }

    public ScopeCheck scopeCheck() {
        return scopeCheck;
    }

    /**
     * Field names of {@code /events} (PascalCase) and {@code /async/events} (camelCase) match in any case (default
     * false: exact case; a field in another case counts as missing).
     */
    public Quirks caseInsensitiveEventFields(boolean caseInsensitive) {
        this.caseInsensitiveEventFields = caseInsensitive;
        return this;
    }

    public boolean caseInsensitiveEventFields() {
        return caseInsensitiveEventFields;
    }

    /**
     * Unknown paths and wrong verbs answer 404/400 before the token is checked (default false: a request without a
     * valid token gets 401 whatever its path).
     */
    public Quirks routeBeforeAuthentication(boolean routeFirst) {
        this.routeBeforeAuthentication = routeFirst;
        return this;
    }

    public boolean routeBeforeAuthentication() {
        return routeBeforeAuthentication;
    }

    /** Pause/resume without versionNumber or allVersions=true (default: the documented 202 + errorcode 10005). */
    public Quirks pauseResumeMissingVersion(MissingVersionAnswer answer) {
        this.pauseResumeMissingVersion = answer;
        return this;
    }

    public MissingVersionAnswer pauseResumeMissingVersion() {
        return pauseResumeMissingVersion;
    }

    /**
     * DELETE {@code interactions/key:{key}} ignores {@code versionNumber} and deletes every version (default true:
     * observed by mcdev, "delete by key with specified version does not work").
     */
    public Quirks deleteByKeyIgnoresVersionNumber(boolean ignores) {
        this.deleteByKeyIgnoresVersionNumber = ignores;
        return this;
    }

    public boolean deleteByKeyIgnoresVersionNumber() {
        return deleteByKeyIgnoresVersionNumber;
    }

    /**
     * A journey DELETE whose target is already deleted (e.g. a replay) answers 404/30003 (default true); false
     * answers 200 as if it had deleted it again.
     */
    public Quirks deleteOfDeletedIsNotFound(boolean notFound) {
        this.deleteOfDeletedIsNotFound = notFound;
        return this;
    }

    public boolean deleteOfDeletedIsNotFound() {
        return deleteOfDeletedIsNotFound;
    }

    /** The journey history switches: order, timestamp zone, ignored filters, late writes. */
    public HistoryQuirks history() {
        return history;
    }
}
