package io.sfmcjourney.camel;

import io.sfmcjourney.camel.batch.BatchFullPolicy;
import io.sfmcjourney.camel.publish.PublishStore;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The endpoint-only options of an {@code sfmc-journey} endpoint: the values of one call (path values, query
 * filters, output type), entry batching, publish-and-wait and the polling consumers. They mean something only for
 * one method, so they are not component options; the shared ones are in {@link SfmcJourneyConfiguration}.
 */
@UriParams
public class SfmcJourneyEndpointOptions {

    /**
     * The journey id, event definition id or status id the method's path needs (`{id}`); for
     * getInteractionCollection, a filter on one journey's id. Header `CamelSfmcJourneyId` overrides it unless
     * the option is given in the endpoint URI.
     */
    @UriParam(label = "producer")
    private String id;

    /**
     * The customer key the method's path needs (`key:{key}`); for getInteractionCollection, a filter on one
     * journey's key. Header `CamelSfmcJourneyKey` overrides it unless the option is given in the endpoint URI.
     */
    @UriParam(label = "producer")
    private String key;

    /**
     * The event definition id the method's path needs (`{eventDefinitionId}`). Header
     * `CamelSfmcJourneyEventDefinitionId` overrides it unless the option is given in the endpoint URI.
     */
    @UriParam(label = "producer")
    private String eventDefinitionId;

    /**
     * The journey version (query `versionNumber`); required by publish, stop and validate, optional for reads,
     * deletes, pause and resume. Header `CamelSfmcJourneyVersionNumber` overrides it unless the option is given
     * in the endpoint URI.
     */
    @UriParam(label = "producer")
    private Integer versionNumber;

    /** The 1-based page to read (`$page`) of a paged method. */
    @UriParam(label = "producer")
    private Integer page;

    /**
     * The page size (`$pageSize`) of a paged method; SFMC's default is 50. Event definitions honour it only together
     * with `page`. The history consumers request 500 when it is unset.
     */
    @UriParam(label = "common")
    private Integer pageSize;

    /** The sort order (`$orderBy`), e.g. `ModifiedDate DESC` for journeys or `TransactionTime desc` for history. */
    @UriParam(label = "producer")
    private String orderBy;

    /**
     * The status filter (`status`) of getInteractionCollection (e.g. `Published`) or getHistory; history consumers:
     * only records with these statuses (comma-separated, e.g. `Failed,ContactNotFound`), also checked on the client.
     */
    @UriParam(label = "common")
    private String status;

    /** A substring matched against journey name or description (`nameOrDescription`) by getInteractionCollection. */
    @UriParam(label = "producer")
    private String nameOrDescription;

    /**
     * Whether getInteractionCollection returns only the latest version of each journey (`mostRecentVersionOnly`).
     * Sent only when set: unset leaves SFMC's own default (true), whatever default the option table shows.
     */
    @UriParam(label = "producer")
    private Boolean mostRecentVersionOnly;

    /** Extra parts of journeys to return (`extras`): `all`, `activities`, `outcome` or `stats`. */
    @UriParam(label = "producer")
    private String extras;

    /** The journey type filter (`definitionType`) of getInteractionCollection; SFMC accepts `transactional`. */
    @UriParam(label = "producer")
    private String definitionType;

    /** A tag name filter (`tag`) of getInteractionCollection. */
    @UriParam(label = "producer")
    private String tag;

    /** The `workflowApiVersion` filter (`specificApiVersionNumber`) of getInteractionCollection; SFMC default 1. */
    @UriParam(label = "producer")
    private Integer specificApiVersionNumber;

    /** The name filter (`name`, substring) of getEventDefinitionCollection. */
    @UriParam(label = "producer")
    private String name;

    /**
     * Pause or resume all versions (`allVersions=true`) instead of one `versionNumber`. Sent only when set; `false`
     * does not stand in for `versionNumber` (one of the two is still required).
     */
    @UriParam(label = "producer")
    private Boolean allVersions;

    /** The status type filter (`type`) of getAsyncEventsStatus. */
    @UriParam(label = "producer", enums = "errored,queued,processed")
    private String type;

    /**
     * The contact key filter (`contactKey`) of getAsyncEventsStatus and getHistory; history consumers: only records of
     * these contacts (comma-separated contact keys), also checked on the client.
     */
    @UriParam(label = "common")
    private String contactKey;

    /** The request id filter (`requestId`) of getAsyncEventsStatus, as answered by postAsyncEvents. */
    @UriParam(label = "producer")
    private String requestId;

    /** The event instance id filter (`eventInstanceId`) of getAsyncEventsStatus. */
    @UriParam(label = "producer")
    private String eventInstanceId;

    /**
     * The event definition key filter (`eventDefinitionKey`) of getAsyncEventsStatus, and the default event
     * definition of postAsyncEvents (header `CamelSfmcJourneyEventDefinitionKey` or the body's key override it).
     */
    @UriParam(label = "producer")
    private String eventDefinitionKey;

    /** The start of the time range (`startDate`) of getAsyncEventsStatus; SFMC default: 30 days ago. */
    @UriParam(label = "producer")
    private String startDate;

    /** The end of the time range (`endDate`) of getAsyncEventsStatus. */
    @UriParam(label = "producer")
    private String endDate;

    /** The start of the time range (`start`, ISO-8601) of getHistory. */
    @UriParam(label = "producer")
    private String start;

    /** The end of the time range (`end`, ISO-8601) of getHistory. */
    @UriParam(label = "producer")
    private String end;

    /**
     * The journey version filter (`definitionId`) of getHistory; history consumers: only records of these journey
     * versions (comma-separated definition ids), also checked on the client (SFMC was reported to ignore it).
     */
    @UriParam(label = "common")
    private String definitionId;

    /**
     * The activity type filter (`activityType`, e.g. `EMAILV2`) of getHistory; history consumers: only records of these
     * activity types (comma-separated, e.g. `EMAILV2,WAIT`), also checked on the client.
     */
    @UriParam(label = "common")
    private String activityType;

    /**
     * A class to bind the answer to with Jackson, e.g. `io.sfmcjourney.camel.model.Journey`, instead of a Map or
     * List.
     */
    @UriParam(label = "producer")
    private String outputClass;

    /**
     * History consumers: how far before the watermark (the end of the last window read completely) each poll's window
     * starts, to catch records SFMC writes late (a record written up to `overlap` plus `lag` after its
     * transactionTime is still read). Records read again are recognised by their id and not emitted again; the ids
     * remembered for that are those of the last `overlap`. Longer catches later writes but re-reads more each poll.
     */
    @UriParam(label = "consumer", defaultValue = "300000", javaType = "java.time.Duration")
    private long overlap = 300_000;

    /**
     * History consumers: how far behind the consumer's clock each poll's window ends (`to = now - lag`), so that
     * records SFMC is still writing for that time are there when the window is read.
     */
    @UriParam(label = "consumer", defaultValue = "60000", javaType = "java.time.Duration")
    private long lag = 60_000;

    /**
     * History consumers: the zone SFMC's record timestamps (`transactionTime`, written without offset) are in: `UTC`,
     * a fixed offset such as `-06:00` (US Central Standard Time, commonly stated but unverified) or a zone id such as
     * `America/Chicago`. Used only to present the record's instant (header `CamelSfmcJourneyHistoryRecordTime`);
     * which records are read never depends on record timestamps.
     */
    @UriParam(label = "consumer", defaultValue = "UTC")
    private String timeZone = "UTC";

    /**
     * History consumers: where reading starts when no watermark is stored (or the stored one is unusable): an ISO-8601
     * instant or offset date-time, e.g. `2025-01-31T00:00:00Z` or `2025-01-31T00:00:00-06:00`; a date-time without
     * offset is read as UTC. Wins over `lookback`.
     */
    @UriParam(label = "consumer")
    private String initialWatermark;

    /**
     * History consumers: without a stored watermark and without `initialWatermark`, start this long before now.
     * SFMC keeps journey history for 30 days.
     */
    @UriParam(label = "consumer", defaultValue = "3600000", javaType = "java.time.Duration")
    private long lookback = 3_600_000;

    /**
     * History consumers: one exchange per history record (body `HistoryRecord`); false gives one exchange per page
     * (body a `List` of `HistoryRecord`, only the records not emitted before).
     */
    @UriParam(label = "consumer", defaultValue = "true")
    private boolean splitRecords = true;

    /**
     * History consumers: where the watermark is kept, so that it survives restarts, e.g. a
     * `FileStateRepository` or a shared (database) store for a cluster. Default: in memory, per endpoint. The
     * consumer starts and stops it.
     */
    @UriParam(label = "consumer,advanced")
    private StateRepository<String, String> watermarkRepository;

    /**
     * History consumers: the key of the watermark in `watermarkRepository`; default the method name, followed by a
     * colon and the `accountId` when that is set. Give each consumer its own key when several share one repository.
     */
    @UriParam(label = "consumer,advanced")
    private String watermarkKey;

    /**
     * History consumers: records (by their id) already processed (added once their exchange completed), e.g. a file,
     * JDBC or Infinispan repository shared by a cluster; then records of the overlap window are not emitted again
     * after a restart or a fail-over. The consumer starts and stops it.
     */
    @UriParam(label = "consumer,advanced")
    private IdempotentRepository idempotentRepository;

    /**
     * Producers of publishInteractionById/ByKey and publishStatus consumers: where the publishes being followed are
     * kept, e.g. a `JdbcPublishStore` every node of a cluster reaches; then a publish started on one node is
     * reported by the publishStatus consumer active on any node, also after the first node is gone, once per
     * publish. Give the producers and the consumers the same store. Default: the memory of the component.
     */
    @UriParam(label = "common,advanced")
    private PublishStore publishStore;

    /**
     * publishInteractionById/ByKey: wait until the publish has finished and end the exchange with its
     * `PublishResult` (status `PublishCompleted`, `Error` or `Timeout`) as the body, instead of the statusId answer.
     */
    @UriParam(label = "producer")
    private boolean waitForPublish;

    /**
     * postAsyncEvents only: enter a stream of single-contact messages in batches of up to this many members (1-100).
     * Each message carries one member and completes with its own result. 0 (default) sends each message's body as
     * is, splitting member lists above 100 into several calls.
     */
    @UriParam(label = "producer,batch")
    private int batchSize;

    /**
     * postAsyncEvents with `batchSize`: the longest a member waits for its batch to fill before the batch is sent
     * anyway.
     */
    @UriParam(label = "producer,batch", defaultValue = "200", javaType = "java.time.Duration")
    private long batchTimeout = 200;

    /**
     * postAsyncEvents with `batchSize`: the most members waiting or in flight at once; further messages wait for room
     * (back-pressure on the calling threads).
     */
    @UriParam(label = "producer,batch,advanced", defaultValue = "10000")
    private int batchMaxPending = 10_000;

    /** postAsyncEvents with `batchSize`: how many batch calls may run at once. */
    @UriParam(label = "producer,batch,advanced", defaultValue = "4")
    private int batchConcurrency = 4;

    /**
     * The audit action of getInteractionAudit/ByKey (the last path segment): `all` or one lifecycle action. Header
     * `CamelSfmcJourneyAuditAction` overrides it unless the option is given in the endpoint URI.
     */
    @UriParam(label = "producer", defaultValue = "all", enums = "all,create,modify,publish,unpublish,delete")
    private String action = "all";

    /** The file format of downloadJourneyHistory and estimateJourneyHistoryDownload (query parameter `format`). */
    @UriParam(label = "producer", defaultValue = "csv", enums = "csv,tsv")
    private String format = "csv";

    /**
     * The columns of downloadJourneyHistory and estimateJourneyHistoryDownload, comma-separated, e.g.
     * `TransactionTime,ContactKey,Status`; without it, SFMC's default columns (TransactionTime, ContactKey, Status,
     * DefinitionId, DefinitionName, ActivityId, ActivityName, ActivityType).
     */
    @UriParam(label = "producer")
    private String columns;

    /**
     * downloadJourneyHistory: write the download to this file (replaced once complete; a partial download is removed)
     * and set the body to the File, instead of handing the route an InputStream of the answer.
     */
    @UriParam(label = "producer")
    private String downloadFile;

    /**
     * postInteractionsEvents and postAsyncEvents (member list or batchSize): end the exchange only when SFMC's own
     * records (batch status, journey history) say what became of each contact, or confirmTimeout has passed. The body
     * becomes the EntryConfirmation (a list for a member list) and the headers CamelSfmcJourneyEntryOutcome
     * (ENTERED, NOT_ENTERED, UNKNOWN) and CamelSfmcJourneyEntryReason tell the outcome. No thread waits.
     */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean confirmEntry;

    /**
     * With confirmEntry: fail the exchange with SfmcContactNotEnteredException when SFMC's records say the contact
     * did not enter (for a member list: when any member did not). UNKNOWN does not fail.
     */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean failOnNotEntered;

    /**
     * With confirmEntry: how long to wait for SFMC's records before the outcome is UNKNOWN (checked at each poll).
     */
    @UriParam(label = "producer", defaultValue = "300000", javaType = "java.time.Duration")
    private long confirmTimeout = 300_000;

    /**
     * With confirmEntry: the time between two reads of SFMC's records; one read covers every entry waiting for the
     * same event definition.
     */
    @UriParam(label = "producer", defaultValue = "10000", javaType = "java.time.Duration")
    private long confirmInterval = 10_000;

    /**
     * postAsyncEvents with `batchSize`: what happens to a message when `batchMaxPending` members already wait or are
     * in flight. `Block` makes the sending thread wait for room (back-pressure; that thread is held meanwhile);
     * `Fail` fails the exchange at once with a RejectedExecutionException naming the bound, and holds no thread.
     */
    @UriParam(label = "producer,batch,advanced", defaultValue = "Block", enums = "Block,Fail")
    private BatchFullPolicy batchFullPolicy = BatchFullPolicy.Block;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getEventDefinitionId() {
        return eventDefinitionId;
    }

    public void setEventDefinitionId(String eventDefinitionId) {
        this.eventDefinitionId = eventDefinitionId;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNameOrDescription() {
        return nameOrDescription;
    }

    public void setNameOrDescription(String nameOrDescription) {
        this.nameOrDescription = nameOrDescription;
    }

    public Boolean getMostRecentVersionOnly() {
        return mostRecentVersionOnly;
    }

    public void setMostRecentVersionOnly(Boolean mostRecentVersionOnly) {
        this.mostRecentVersionOnly = mostRecentVersionOnly;
    }

    public String getExtras() {
        return extras;
    }

    public void setExtras(String extras) {
        this.extras = extras;
    }

    public String getDefinitionType() {
        return definitionType;
    }

    public void setDefinitionType(String definitionType) {
        this.definitionType = definitionType;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Integer getSpecificApiVersionNumber() {
        return specificApiVersionNumber;
    }

    public void setSpecificApiVersionNumber(Integer specificApiVersionNumber) {
        this.specificApiVersionNumber = specificApiVersionNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getAllVersions() {
        return allVersions;
    }

    public void setAllVersions(Boolean allVersions) {
        this.allVersions = allVersions;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getContactKey() {
        return contactKey;
    }

    public void setContactKey(String contactKey) {
        this.contactKey = contactKey;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getEventInstanceId() {
        return eventInstanceId;
    }

    public void setEventInstanceId(String eventInstanceId) {
        this.eventInstanceId = eventInstanceId;
    }

    public String getEventDefinitionKey() {
        return eventDefinitionKey;
    }

    public void setEventDefinitionKey(String eventDefinitionKey) {
        this.eventDefinitionKey = eventDefinitionKey;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(String definitionId) {
        this.definitionId = definitionId;
    }

    public String getActivityType() {
        return activityType;
    }

    public void setActivityType(String activityType) {
        this.activityType = activityType;
    }

    public String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public long getOverlap() {
        return overlap;
    }

    public void setOverlap(long overlap) {
        this.overlap = overlap;
    }

    public String getInitialWatermark() {
        return initialWatermark;
    }

    public void setInitialWatermark(String initialWatermark) {
        this.initialWatermark = initialWatermark;
    }

    public long getLookback() {
        return lookback;
    }

    public void setLookback(long lookback) {
        this.lookback = lookback;
    }

    public boolean isSplitRecords() {
        return splitRecords;
    }

    public void setSplitRecords(boolean splitRecords) {
        this.splitRecords = splitRecords;
    }

    public long getLag() {
        return lag;
    }

    public void setLag(long lag) {
        this.lag = lag;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public StateRepository<String, String> getWatermarkRepository() {
        return watermarkRepository;
    }

    public void setWatermarkRepository(StateRepository<String, String> watermarkRepository) {
        this.watermarkRepository = watermarkRepository;
    }

    public String getWatermarkKey() {
        return watermarkKey;
    }

    public void setWatermarkKey(String watermarkKey) {
        this.watermarkKey = watermarkKey;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public PublishStore getPublishStore() {
        return publishStore;
    }

    public void setPublishStore(PublishStore publishStore) {
        this.publishStore = publishStore;
    }

    public boolean isWaitForPublish() {
        return waitForPublish;
    }

    public void setWaitForPublish(boolean waitForPublish) {
        this.waitForPublish = waitForPublish;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public long getBatchTimeout() {
        return batchTimeout;
    }

    public void setBatchTimeout(long batchTimeout) {
        this.batchTimeout = batchTimeout;
    }

    public int getBatchMaxPending() {
        return batchMaxPending;
    }

    public void setBatchMaxPending(int batchMaxPending) {
        this.batchMaxPending = batchMaxPending;
    }

    public int getBatchConcurrency() {
        return batchConcurrency;
    }

    public void setBatchConcurrency(int batchConcurrency) {
        this.batchConcurrency = batchConcurrency;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getColumns() {
        return columns;
    }

    public void setColumns(String columns) {
        this.columns = columns;
    }

    public String getDownloadFile() {
        return downloadFile;
    }

    public void setDownloadFile(String downloadFile) {
        this.downloadFile = downloadFile;
    }

    public boolean isConfirmEntry() {
        return confirmEntry;
    }

    public void setConfirmEntry(boolean confirmEntry) {
        this.confirmEntry = confirmEntry;
    }

    public boolean isFailOnNotEntered() {
        return failOnNotEntered;
    }

    public void setFailOnNotEntered(boolean failOnNotEntered) {
        this.failOnNotEntered = failOnNotEntered;
    }

    public long getConfirmTimeout() {
        return confirmTimeout;
    }

    public void setConfirmTimeout(long confirmTimeout) {
        this.confirmTimeout = confirmTimeout;
    }

    public long getConfirmInterval() {
        return confirmInterval;
    }

    public void setConfirmInterval(long confirmInterval) {
        this.confirmInterval = confirmInterval;
    }

    public BatchFullPolicy getBatchFullPolicy() {
        return batchFullPolicy;
    }

    public void setBatchFullPolicy(BatchFullPolicy batchFullPolicy) {
        this.batchFullPolicy = batchFullPolicy;
    }
}
