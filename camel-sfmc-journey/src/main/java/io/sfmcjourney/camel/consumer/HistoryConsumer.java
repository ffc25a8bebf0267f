package io.sfmcjourney.camel.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.sfmcjourney.camel.SfmcJourneyEndpointOptions;
import io.sfmcjourney.camel.SfmcJourneyConstants;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.client.SfmcRestClient;
import io.sfmcjourney.camel.model.HistoryRecord;
import io.sfmcjourney.camel.model.Page;
import io.sfmcjourney.camel.model.SfmcJson;
import io.sfmcjourney.camel.model.SfmcTimestamps;
import io.sfmcjourney.camel.producer.SfmcRequestFactory;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("sfmc-journey:getHistory")} and {@code from("sfmc-journey:searchJourneyHistory")}: streams journey
 * history records, one exchange per record (or per page), each record once.
 * <p>
 * Each poll reads the closed window {@code [from, to]} of the consumer's own clock: {@code from} is the stored
 * watermark minus {@code overlap} (without one: {@code initialWatermark}, else {@code lookback} before now), {@code to}
 * is now minus {@code lag}. It reads every page of the window in whatever order SFMC returns them and recognises
 * records by their key ({@link RecordKey}): those read before (remembered for the overlap, and the optional
 * idempotent repository) are not emitted again, those outside the filters are dropped and counted. SFMC's
 * {@code count} is checked against the distinct records read: fewer means records moved between pages while they were
 * read (unstable order, late writes), and the range is read again in two halves by time, down to ranges that fit one
 * page (one request reads all of it, in any order). A range with more than {@value #MAX_PAGES_PER_RANGE} pages is
 * halved before it is read, which bounds the keys held. Once a range is read completely the watermark moves to its end;
 * ranges are read oldest first, so the watermark reaches {@code to} when the whole window is done.
 * <p>
 * Record timestamps decide nothing (their zone is unknown); {@code timeZone} only presents them. A failed call fails
 * the poll (health check DOWN, scheduler back-off) and leaves the watermark where it was. A record whose exchange fails
 * stops the poll: it is emitted again by the next poll. While the route processes a page, the next page is already
 * being read (one request ahead, on a thread of the consumer's own).
 */
public class HistoryConsumer extends ScheduledPollConsumer {

    /** The page size requested when the {@code pageSize} option is unset. */
    static final int DEFAULT_PAGE_SIZE = 500;

    /** A range whose count exceeds this many pages is halved before it is read (bounds the keys held). */
    static final int MAX_PAGES_PER_RANGE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(HistoryConsumer.class);

    private final SfmcJourneyEndpoint endpoint;
    private final HistoryPageRequests pageRequests;
    private final HistoryFilters filters;
    private final RecordTimes recordTimes;
    private final Duration overlap;
    private final Duration lag;
    private final Duration lookback;
    private final Instant initialWatermark;
    private final int pageSize;
    private final boolean splitRecords;
    private final StateRepository<String, String> watermarkRepository;
    private final IdempotentRepository idempotentRepository;
    private final ReentrantLock polling = new ReentrantLock();
    private final SeenRecords seen = new SeenRecords();
    private final HistoryCounts counts = new HistoryCounts();
    private Clock clock = Clock.systemUTC();
    private SfmcRequestFactory requests;
    private SfmcRestClient client;
    private WatermarkStore watermarks;
    private volatile Instant watermark;
    private Instant firstFrom;
    private ExecutorService pageReader;

    public HistoryConsumer(SfmcJourneyEndpoint endpoint, Processor processor, HistoryPageRequests pageRequests) {
        super(endpoint, processor);
        SfmcJourneyEndpointOptions options = endpoint.getOptions();
        this.endpoint = endpoint;
        this.pageRequests = pageRequests;
        this.filters = HistoryFilters.of(options);
        this.recordTimes = RecordTimes.in(options.getTimeZone());
        this.overlap = nonNegative("overlap", options.getOverlap());
        this.lag = nonNegative("lag", options.getLag());
        this.lookback = nonNegative("lookback", options.getLookback());
        this.initialWatermark = initialWatermark(options.getInitialWatermark());
        this.pageSize = options.getPageSize() != null ? options.getPageSize() : DEFAULT_PAGE_SIZE;
        this.splitRecords = options.isSplitRecords();
        this.watermarkRepository = options.getWatermarkRepository() != null
                ? options.getWatermarkRepository() : new MemoryStateRepository();
        this.idempotentRepository = options.getIdempotentRepository();
        if (pageSize < 1) {
            throw new IllegalArgumentException("sfmc-journey: pageSize must be positive");
        }
    }

    /** The clock windows are taken from (tests; default the system clock in UTC). Set before the consumer starts. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doStart() throws Exception {
        requests = new SfmcRequestFactory(endpoint.getMethod(), endpoint.getOptions());
        client = endpoint.createRestClient();
        ServiceHelper.startService(watermarkRepository, idempotentRepository);
        watermarks = new WatermarkStore(watermarkRepository, watermarkKey());
        watermark = watermarks.load().orElse(null);
        if (watermark == null && firstFrom == null) {
            firstFrom = initialWatermark != null ? initialWatermark : clock.instant().minus(lookback);
        }
        pageReader = endpoint.getCamelContext().getExecutorServiceManager()
                .newSingleThreadExecutor(this, "sfmc-journey-history-pages");
        endpoint.getComponent().getMetrics().historyConsumerStarted(this);
        LOG.debug("{} starts at watermark {} (key {}), else from {}", endpoint.getMethod(), watermark,
                watermarks.key(), firstFrom);
        super.doStart();
    }

    /**
     * Waits for the running poll to end (it ends after the record in progress) before stopping the scheduler, whose
     * stop interrupts its thread: an interrupted poll could not record the last record in the repositories. Then
     * stops the repositories.
     */
    @Override
    protected void doStop() throws Exception {
        polling.lock();
        try {
            endpoint.getComponent().getMetrics().historyConsumerStopped(this);
            super.doStop();
            if (pageReader != null) {
                endpoint.getCamelContext().getExecutorServiceManager().shutdownNow(pageReader);
                pageReader = null;
            }
            ServiceHelper.stopService(idempotentRepository);
            if (watermarkRepository == endpoint.getOptions().getWatermarkRepository()) {
                // the user's repository; the default in-memory one keeps the watermark over route restarts
                ServiceHelper.stopService(watermarkRepository);
            }
        } finally {
            polling.unlock();
        }
    }

    @Override
    protected int poll() throws Exception {
        polling.lock();
        try {
            return pollWindow();
        } finally {
            polling.unlock();
        }
    }

    /** False once the consumer is suspended or stopping (e.g. during a graceful shutdown): the poll ends. */
    private boolean mayContinue() {
        return isRunAllowed() && !isSuspendingOrSuspended();
    }

    private int pollWindow() throws Exception {
        Instant from = watermark != null ? watermark.minus(overlap) : firstFrom;
        TimeRange window = new TimeRange(from, clock.instant().minus(lag));
        if (window.isEmpty()) {
            return 0;
        }
        Poll poll = new Poll(window);
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(window, null, false));
        try {
            while (!pending.isEmpty() && mayContinue()) {
                Pending next = pending.pop();
                RangeOutcome outcome = readRange(next, poll);
                if (outcome == RangeOutcome.STOPPED) {
                    break;
                }
                if (outcome == RangeOutcome.HALVE) {
                    counts.halvings.incrementAndGet();
                    TimeRange[] halves = next.range().halves();
                    Split split = new Split(poll.lastCount);
                    pending.push(new Pending(halves[1], split, true));
                    pending.push(new Pending(halves[0], split, false));
                } else if (poll.boundsIgnored) {
                    // every range answers the same records: the one just read covered the window
                    pending.clear();
                    commit(window.to());
                } else {
                    commit(next.range().to());
                }
            }
        } finally {
            poll.reportFilteredOut();
        }
        return poll.emitted;
    }

    /** Moves the watermark to the end of a range read completely (all ranges before it are) and forgets old keys. */
    private void commit(Instant rangeEnd) {
        if (watermark == null || rangeEnd.isAfter(watermark)) {
            watermark = rangeEnd;
            watermarks.save(rangeEnd);
        }
        seen.forgetBefore(watermark.minus(overlap));
    }

    /** Reads every page of a range and emits its new records; HALVE when it must be read again in halves. */
    private RangeOutcome readRange(Pending pending, Poll poll) throws Exception {
        TimeRange range = pending.range();
        Set<String> distinct = new HashSet<>();
        Long count = null;
        long read = 0;
        boolean countDisagrees = false;
        CompletableFuture<ReadPage> next = null;
        try {
            for (int page = 1; ; page++) {
                ReadPage current = next != null ? awaitPage(next) : readPage(range, page);
                next = null;
                forceConsumerAsReady();
                if (current.page().getCount() != null) {
                    count = current.page().getCount().longValue();
                }
                int onPage = current.records().size();
                poll.lastCount = count;
                if (page == 1) {
                    checkBounds(pending, count, poll);
                    if (mustHalveFirst(range, count, poll)) {
                        return RangeOutcome.HALVE;
                    }
                }
                read += onPage;
                boolean last = onPage == 0 || (count != null ? read >= count : onPage < pageSize);
                // a short page before the count is reached: SFMC's count disagrees with its own pages
                countDisagrees |= last && onPage < pageSize && count != null && read < count;
                if (!last) {
                    int following = page + 1;
                    next = CompletableFuture.supplyAsync(() -> readPageUnchecked(range, following), pageReader);
                }
                current.records().forEach(timed -> distinct.add(timed.key()));
                if (!emit(current.records(), range, poll)) {
                    return RangeOutcome.STOPPED;
                }
                if (last) {
                    break;
                }
            }
        } finally {
            if (next != null) {
                next.cancel(true); // a GET read ahead and not needed (stop, failed record): nothing to undo
            }
        }
        return checkCount(range, count, distinct.size(), countDisagrees, poll);
    }

    /**
     * The halves of a range cannot together hold more records than the range did (give or take a page of records
     * written meanwhile): when they do, SFMC does not honour the time bounds, and halving would never converge.
     */
    private void checkBounds(Pending pending, Long count, Poll poll) {
        Split split = pending.split();
        if (split == null || count == null || split.parentCount == null || poll.boundsIgnored) {
            return;
        }
        if (!pending.newerHalf()) {
            split.olderCount = count;
        } else if (split.olderCount != null && split.olderCount + count > split.parentCount + pageSize) {
            poll.boundsIgnored = true;
            LOG.warn("{}: the halves of a range hold {} + {} records, the range {}: SFMC seems not to honour the "
                     + "time bounds start/end; this poll reads that range whole and ends there, and cannot verify it read every record",
                    endpoint.getMethod(), split.olderCount, count, split.parentCount);
        }
    }

    /** A range too large for the keys held, or of more than one page once SFMC's order proved unstable. */
    private boolean mustHalveFirst(TimeRange range, Long count, Poll poll) {
        if (count == null || count <= pageSize || !range.canHalve() || poll.boundsIgnored) {
            return false;
        }
        return poll.unstableOrder || count > (long) pageSize * MAX_PAGES_PER_RANGE;
    }

    /** Fewer distinct records than SFMC counted: some were skipped by the paging; read the range again in halves. */
    private RangeOutcome checkCount(TimeRange range, Long count, int distinct, boolean countDisagrees, Poll poll) {
        if (count == null || distinct >= count) {
            return RangeOutcome.DONE;
        }
        if (range.canHalve() && !countDisagrees && !poll.boundsIgnored) {
            poll.unstableOrder = true;
            LOG.debug("{}: SFMC counted {} records in {} but returned {} distinct ones over its pages (unstable order "
                      + "or records moving between pages); reading it again in halves", endpoint.getMethod(), count,
                    range, distinct);
            return RangeOutcome.HALVE;
        }
        long missed = count - distinct;
        counts.missed.addAndGet(missed);
        LOG.warn("{}: SFMC counted {} records in {} but returned only {} distinct ones over its pages ({}); {} records "
                 + "could not be read", endpoint.getMethod(), count, range, distinct,
                countDisagrees ? "its last page ended before its count" : "the range cannot be halved", missed);
        return RangeOutcome.DONE;
    }

    private static ReadPage awaitPage(CompletableFuture<ReadPage> next) throws Exception {
        try {
            return next.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private ReadPage readPageUnchecked(TimeRange range, int page) {
        try {
            return readPage(range, page);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** Reads and parses one page; its records sorted by their presented time (for readability only). */
    private ReadPage readPage(TimeRange range, int page) throws Exception {
        byte[] body = client.execute(pageRequests.request(requests, range, page, pageSize, filters)).body();
        Page<HistoryRecord> result = body.length == 0
                ? new Page<>() : SfmcJson.mapper().readValue(body, SfmcJson.pageOf(HistoryRecord.class));
        List<TimedRecord> records = new ArrayList<>(result.getItems().size());
        for (HistoryRecord record : result.getItems()) {
            Instant time = recordTimes.instant(record.getTransactionTime());
            records.add(new TimedRecord(record, RecordKey.of(record), time));
        }
        records.sort(Comparator.comparing(TimedRecord::time, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ReadPage(result, records);
    }

    /** Emits the page's new records within the filters; false when the poll must stop. */
    private boolean emit(List<TimedRecord> records, TimeRange range, Poll poll) {
        List<TimedRecord> fresh = new ArrayList<>(records.size());
        for (TimedRecord timed : records) {
            if (isNew(timed, range, poll)) {
                fresh.add(timed);
            }
        }
        if (splitRecords) {
            for (TimedRecord timed : fresh) {
                if (!mayContinue() || !process(List.of(timed), timed.record(), poll)) {
                    return false;
                }
                seen.add(timed.key(), range.to());
            }
            return true;
        }
        if (fresh.isEmpty()) {
            return true;
        }
        if (!process(fresh, fresh.stream().map(TimedRecord::record).toList(), poll)) {
            return false;
        }
        fresh.forEach(timed -> seen.add(timed.key(), range.to()));
        return true;
    }

    /**
     * Within the filters, not read before (remembered keys) and not known to the idempotent repository. A record is
     * added to the repository only once its exchange has completed: a record in flight on another node during a
     * fail-over is emitted again rather than lost.
     */
    private boolean isNew(TimedRecord timed, TimeRange range, Poll poll) {
        String rejected = filters.rejection(timed.record());
        if (rejected != null) {
            counts.filteredOut.incrementAndGet();
            poll.filteredOut.merge(rejected, 1L, Long::sum);
            LOG.debug("Dropping history record {}: outside the filter {}", timed.key(), rejected);
            return false;
        }
        if (seen.contains(timed.key())) {
            counts.repeated.incrementAndGet();
            return false;
        }
        if (idempotentRepository != null && idempotentRepository.contains(timed.key())) {
            seen.add(timed.key(), range.to());
            counts.repeated.incrementAndGet();
            return false;
        }
        return true;
    }

    /**
     * Runs the route; false (after reporting the failure) when it failed, true after recording the ids. Success is the
     * route's unit of work completing, as the route's own on-completions see it: an exception Camel sets afterwards
     * (e.g. a rejected continuation while the context shuts down) does not make a completed record count as failed.
     */
    private boolean process(List<TimedRecord> records, Object body, Poll poll) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(SfmcJourneyConstants.METHOD, endpoint.getMethod().name());
        exchange.getMessage().setHeader(SfmcJourneyConstants.HISTORY_WATERMARK, poll.window.fromText());
        if (splitRecords) {
            exchange.getMessage().setHeader(SfmcJourneyConstants.HISTORY_RECORD_ID, records.get(0).key());
            exchange.getMessage().setHeader(SfmcJourneyConstants.HISTORY_RECORD_TIME, records.get(0).time());
        }
        AtomicBoolean completed = new AtomicBoolean();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                completed.set(true);
            }
        });
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        boolean ok = completed.get() || exchange.getException() == null;
        if (ok) {
            if (idempotentRepository != null) {
                records.forEach(timed -> idempotentRepository.add(timed.key()));
            }
            counts.emitted.addAndGet(records.size());
            poll.emitted++;
        } else {
            getExceptionHandler().handleException("Processing journey history failed; the poll stops here and the "
                                                  + "next poll emits this record again", exchange,
                    exchange.getException());
        }
        releaseExchange(exchange, false);
        return ok;
    }

    private static Instant initialWatermark(String initial) {
        if (initial == null || initial.isBlank()) {
            return null;
        }
        try {
            LocalDateTime utc = SfmcTimestamps.parse(initial);
            if (utc != null) {
                return utc.toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("sfmc-journey: initialWatermark '" + initial + "' is not an ISO-8601 "
                                           + "instant such as 2025-01-31T00:00:00Z (without offset: UTC)");
    }

    private static Duration nonNegative(String option, long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("sfmc-journey: " + option + " must not be negative");
        }
        return Duration.ofMillis(millis);
    }

    private String watermarkKey() {
        String key = endpoint.getOptions().getWatermarkKey();
        if (key != null && !key.isBlank()) {
            return key;
        }
        String accountId = endpoint.getConfiguration().getAccountId();
        return endpoint.getMethod() + (accountId != null && !accountId.isBlank() ? ":" + accountId : "");
    }

    /** The stored watermark: the end of the last window (or part of one, oldest first) read completely; null before. */
    public Instant getWatermark() {
        return watermark;
    }

    /** The number of record keys remembered to recognise records read again (those of the last overlap). */
    public int getRememberedRecordCount() {
        return seen.size(); // read without the poll's lock: a monitor never waits for a poll
    }

    /** Records emitted to the route (each once its exchange completed). */
    public long getEmittedCount() {
        return counts.emitted.get();
    }

    /** Records read again (overlap, halved ranges, pages that shifted) and recognised by their key: not emitted. */
    public long getRepeatedCount() {
        return counts.repeated.get();
    }

    /** Records SFMC returned although they are outside the filters: dropped (logged at WARN once per poll). */
    public long getFilteredOutCount() {
        return counts.filteredOut.get();
    }

    /** Records SFMC counted but never returned over the pages of a range too narrow to halve (logged at WARN). */
    public long getMissedCount() {
        return counts.missed.get();
    }

    /** Ranges read again in halves (too many records for one range, or records skipped by SFMC's paging). */
    public long getHalvingCount() {
        return counts.halvings.get();
    }

    private enum RangeOutcome {
        DONE,
        HALVE,
        STOPPED
    }

    /** One poll: its window, what it emitted, what it learnt about SFMC's order and the records it dropped. */
    private static final class Poll {
        private final TimeRange window;
        private final Map<String, Long> filteredOut = new TreeMap<>();
        private int emitted;
        private boolean unstableOrder;
        private boolean boundsIgnored;
        private Long lastCount;

        Poll(TimeRange window) {
            this.window = window;
        }

        void reportFilteredOut() {
            if (!filteredOut.isEmpty()) {
                LOG.warn("Dropped {} history records of {} that SFMC returned although they are outside the filters "
                         + "(records per filter they failed: {}); SFMC may ignore these filters",
                        filteredOut.values().stream().mapToLong(Long::longValue).sum(), window, filteredOut);
            }
        }
    }

    /** A range still to read; the halves of a range share their {@link Split}. */
    private record Pending(TimeRange range, Split split, boolean newerHalf) {
    }

    /** The count of a range that was halved, and that of its older half once read. */
    private static final class Split {
        private final Long parentCount;
        private Long olderCount;

        Split(Long parentCount) {
            this.parentCount = parentCount;
        }
    }

    /** A page as SFMC sent it and its records with their keys and presented times. */
    private record ReadPage(Page<HistoryRecord> page, List<TimedRecord> records) {
    }

    /** A record, its key and its transactionTime as an instant (null when unreadable), for presentation. */
    private record TimedRecord(HistoryRecord record, String key, Instant time) {
    }
}
