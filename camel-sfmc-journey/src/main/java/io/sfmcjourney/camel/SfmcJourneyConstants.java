package io.sfmcjourney.camel;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/** The message headers of the {@code sfmc-journey} component. A header wins over the endpoint option of the same role. */
public final class SfmcJourneyConstants {

    @Metadata(label = "producer", javaType = "String",
              description = "The journey, event definition or status id of the path (`{id}`), or the journey id filter of "
                            + "getInteractionCollection; overrides the option `id` unless the endpoint URI gives it.")
    public static final String ID = "CamelSfmcJourneyId";

    @Metadata(label = "producer", javaType = "String",
              description = "The customer key of the path (`key:{key}`), or the journey key filter of "
                            + "getInteractionCollection; overrides the option `key` unless the endpoint URI gives it.")
    public static final String KEY = "CamelSfmcJourneyKey";

    @Metadata(label = "producer", javaType = "String",
              description = "The event definition id of the path (`{eventDefinitionId}`); overrides the option "
                            + "`eventDefinitionId` unless the endpoint URI gives it.")
    public static final String EVENT_DEFINITION_ID = "CamelSfmcJourneyEventDefinitionId";

    @Metadata(label = "producer", javaType = "Integer",
              description = "The journey version (query `versionNumber`); overrides the option `versionNumber` unless "
                            + "the endpoint URI gives it.")
    public static final String VERSION_NUMBER = "CamelSfmcJourneyVersionNumber";

    @Metadata(label = "producer", javaType = "java.util.Map<String, Object>",
              description = "Further query parameters, added verbatim under SFMC's names (e.g. `$page`, `id`); they "
                            + "override same-named parameters from options, and a null value removes one. A collection "
                            + "value repeats the parameter.")
    public static final String QUERY_PARAMETERS = "CamelSfmcJourneyQueryParameters";

    @Metadata(label = "producer", javaType = "String",
              description = "Set by the producer: the name of the API method invoked, e.g. `postInteractionsEvents`.")
    public static final String METHOD = "CamelSfmcJourneyMethod";

    @Metadata(label = "producer", javaType = "Integer",
              description = "Set by the producer: the HTTP status of the answer, e.g. 201, or 304 for an unchanged update.")
    public static final String HTTP_RESPONSE_CODE = Exchange.HTTP_RESPONSE_CODE;

    @Metadata(label = "consumer", javaType = "String",
              description = "Set by the publishStatus consumer and by publish with waitForPublish: the publish's "
                            + "statusId. Distinct from `CamelSfmcJourneyId`, so it never redirects a later call.")
    public static final String STATUS_ID = "CamelSfmcJourneyStatusId";

    @Metadata(label = "consumer", javaType = "String", enums = "PublishCompleted,Error,Timeout",
              description = "Set by the publishStatus consumer and by publish with waitForPublish: how the publish "
                            + "ended; `Timeout` when it was still in process after `publishTimeout`.")
    public static final String PUBLISH_STATUS = "CamelSfmcJourneyPublishStatus";

    @Metadata(label = "consumer", javaType = "String",
              description = "Set by the publishStatus consumer: the id of the published journey, when known (publishes "
                            + "made through this component's producers).")
    public static final String INTERACTION_ID = "CamelSfmcJourneyInteractionId";

    @Metadata(label = "consumer", javaType = "String",
              description = "Set by the publishStatus consumer: the key of the published journey, when known.")
    public static final String INTERACTION_KEY = "CamelSfmcJourneyInteractionKey";

    @Metadata(label = "consumer", javaType = "Integer",
              description = "Set by the publishStatus consumer: the published journey version, when known.")
    public static final String INTERACTION_VERSION = "CamelSfmcJourneyInteractionVersion";

    @Metadata(label = "consumer", javaType = "String",
              description = "Set by the history consumers: the start (`from`) of the closed window the poll reads (the "
                            + "stored watermark minus `overlap`), an ISO-8601 instant such as "
                            + "`2025-01-31T06:00:00.000Z`.")
    public static final String HISTORY_WATERMARK = "CamelSfmcJourneyHistoryWatermark";

    @Metadata(label = "consumer", javaType = "java.time.Instant",
              description = "Set by the history consumers with splitRecords: the record's `transactionTime` as an "
                            + "instant, read in the zone of the option `timeZone` unless the text carries an offset; "
                            + "absent when the record has no readable time. For presentation only.")
    public static final String HISTORY_RECORD_TIME = "CamelSfmcJourneyHistoryRecordTime";

    @Metadata(label = "consumer", javaType = "String",
              description = "Set by the history consumers with splitRecords: the record's id (or, without one, the key "
                            + "built from eventId, activityId, status and transactionTime) used for de-duplication.")
    public static final String HISTORY_RECORD_ID = "CamelSfmcJourneyHistoryRecordId";

    @Metadata(label = "producer", javaType = "String",
              description = "The event definition key of postAsyncEvents (batch entry); overrides the option "
                            + "`eventDefinitionKey`.")
    public static final String EVENT_DEFINITION_KEY = "CamelSfmcJourneyEventDefinitionKey";

    @Metadata(label = "producer", javaType = "String",
              description = "Set by postAsyncEvents with `batchSize`: the `requestId` of the batch call that carried "
                            + "this message's member.")
    public static final String REQUEST_ID = "CamelSfmcJourneyRequestId";

    @Metadata(label = "producer", javaType = "java.util.List<String>",
              description = "Set by postAsyncEvents for a list of members: the `requestId` of every call made, in "
                            + "order (one per 100 members).")
    public static final String REQUEST_IDS = "CamelSfmcJourneyRequestIds";

    @Metadata(label = "producer", javaType = "String",
              description = "The business unit (MID) to call for this exchange; overrides the option `accountId`. "
                            + "Each business unit gets its own token (requested with `account_id`) from the same "
                            + "installed package, which must be enabled for it. Digits only. Not supported by "
                            + "publishInteractionById/ByKey and postAsyncEvents, which fail the exchange when it "
                            + "names another business unit than the endpoint's.")
    public static final String ACCOUNT_ID = "CamelSfmcJourneyAccountId";

    @Metadata(label = "producer", javaType = "String", enums = "all,create,modify,publish,unpublish,delete",
              description = "The audit action of getInteractionAudit/ByKey; overrides the option `action` unless that "
                            + "is given in the endpoint URI.")
    public static final String AUDIT_ACTION = "CamelSfmcJourneyAuditAction";

    @Metadata(label = "producer", javaType = "String",
              description = "Set by downloadJourneyHistory with `downloadFile`: the file the download was written to.")
    public static final String DOWNLOAD_FILE = "CamelSfmcJourneyDownloadFile";

    @Metadata(label = "producer", javaType = "Long",
              description = "Set by downloadJourneyHistory with `downloadFile`: the number of bytes written.")
    public static final String DOWNLOAD_SIZE = "CamelSfmcJourneyDownloadSize";

    @Metadata(label = "producer", javaType = "Integer",
              description = "Set by methods whose list body is split (postContactExit: 50 contacts per call): the "
                            + "number of calls made.")
    public static final String CALLS = "CamelSfmcJourneyCalls";

    @Metadata(label = "producer", javaType = "String", enums = "ENTERED,NOT_ENTERED,UNKNOWN",
              description = "Set by postInteractionsEvents and postAsyncEvents with `confirmEntry`: what SFMC's records "
                            + "say became of the contact: `ENTERED`, `NOT_ENTERED`, or `UNKNOWN` when they said neither "
                            + "within `confirmTimeout`. For a member list: `NOT_ENTERED` if any member did not enter, "
                            + "else `UNKNOWN` if any is unknown, else `ENTERED`.")
    public static final String ENTRY_OUTCOME = "CamelSfmcJourneyEntryOutcome";

    @Metadata(label = "producer", javaType = "String",
              description = "Set with `confirmEntry`: SFMC's reason for the outcome: the journey history status (e.g. "
                            + "`ContactAlreadyInInteraction`, `DidNotMeetEntryCriteria`, `InteractionNotPublished`, "
                            + "`ContactIsDeleted`; `Complete` or `Waiting` when entered), `errored` when the batch "
                            + "status says so, or the errorcode of a member SFMC did not queue. Absent for `UNKNOWN`.")
    public static final String ENTRY_REASON = "CamelSfmcJourneyEntryReason";

    private SfmcJourneyConstants() {
    }
}
