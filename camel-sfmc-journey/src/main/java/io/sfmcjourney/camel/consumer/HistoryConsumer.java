package io.sfmcjourney.camel.consumer;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.sfmcjourney.camel.SfmcJourneyConfiguration;
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
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("sfmc-journey:getHistory")} and {@code from("sfmc-journey:searchJourneyHistory")}: streams journey
 * history records, oldest first, one exchange per record (or per page).
 * <p>
 * Each poll reads every page of the records at or after {@code watermark - overlap} (as many as matched when the poll
 * began), skips those already emitted (overlap window, then the optional idempotent repository), emits the rest, and
 * saves the watermark after each page. A failed call fails the poll (health check DOWN, scheduler back-off) and leaves
 * the watermark where the last good page put it. A record whose exchange fails stops the poll there: the watermark
 * keeps it in the next poll's range, so it is emitted again (use an error handler that handles the exchange to skip
 * such a record instead). While the route processes a page, the next page is already being read (one request ahead,
 * on a thread of the consumer's own), so memory holds two pages plus the ids of one overlap window.
 */
public class HistoryConsumer extends ScheduledPollConsumer {

    /** The page size requested when the {@code pageSize} option is unset. */
    static final int DEFAULT_PAGE_SIZE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(HistoryConsumer.class);

    private final SfmcJourneyEndpoint endpoint;
    private final HistoryPageRequests pageRequests;
    private final HistoryFilters filters;
    private final Duration overlap;
    private final int pageSize;
    private final boolean splitRecords;
    private final StateRepository<String, String> watermarkRepository;
    private final IdempotentRepository idempotentRepository;
    private final ReentrantLock polling = new ReentrantLock();
    private SfmcRequestFactory requests;
    private SfmcRestClient client;
    private WatermarkStore watermarks;
    private OverlapWindow window;
    private ExecutorService pageReader;

    HistoryConsumer(SfmcJourneyEndpoint endpoint, Processor processor, HistoryPageRequests pageRequests) {
        super(endpoint, processor);
        SfmcJourneyConfiguration configuration = endpoint.getConfiguration();
        this.endpoint = endpoint;
        this.pageRequests = pageRequests;
        this.filters = HistoryFilters.of(configuration);
        this.overlap = Duration.ofMillis(configuration.getOverlap());
        this.pageSize = configuration.getPageSize() != null ? configuration.getPageSize() : DEFAULT_PAGE_SIZE;
        this.splitRecords = configuration.isSplitRecords();
        this.watermarkRepository = configuration.getWatermarkRepository() != null
                ? configuration.getWatermarkRepository() : new MemoryStateRepository();
        this.idempotentRepository = configuration.getIdempotentRepository();
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("sfmc-journey: overlap must not be negative");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("sfmc-journey: pageSize must be positive");
        }
        initialWatermark(configuration);
    }

    @Override
    protected void doStart() throws Exception {
        SfmcJourneyConfiguration configuration = endpoint.getConfiguration();
        requests = new SfmcRequestFactory(endpoint.getApiMethod(), configuration);
        client = endpoint.createRestClient();
        ServiceHelper.startService(watermarkRepository, idempotentRepository);
        watermarks = new WatermarkStore(watermarkRepository, watermarkKey(configuration),
                () -> initialWatermark(configuration));
        window = new OverlapWindow(watermarks.load(), overlap);
        pageReader = endpoint.getCamelContext().getExecutorServiceManager()
                .newSingleThreadExecutor(this, "sfmc-journey-history-pages");
        LOG.debug("{} starts at watermark {} (key {})", endpoint.getMethod(), window.watermark(), watermarks.key());
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
            super.doStop();
            if (pageReader != null) {
                endpoint.getCamelContext().getExecutorServiceManager().shutdownNow(pageReader);
                pageReader = null;
            }
            ServiceHelper.stopService(idempotentRepository);
            if (watermarkRepository == endpoint.getConfiguration().getWatermarkRepository()) {
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
            return pollPages();
        } finally {
            polling.unlock();
        }
    }

    /** False once the consumer is suspended or stopping (e.g. during a graceful shutdown): the poll ends. */
    private boolean mayContinue() {
        return isRunAllowed() && !isSuspendingOrSuspended();
    }

    private int pollPages() throws Exception {
        String pollWatermark = SfmcTimestamps.format(window.watermark());
        String start = SfmcTimestamps.format(window.start());
        int emitted = 0;
        long read = 0;
        CompletableFuture<ReadPage> next = null;
        try {
            for (int page = 1; mayContinue(); page++) {
                ReadPage current = next != null ? awaitPage(next) : readPage(start, page);
                next = null;
                forceConsumerAsReady();
                read += current.records().size();
                boolean last = isLastPage(current.page(), current.records().size(), read);
                if (!last) {
                    int following = page + 1;
                    next = CompletableFuture.supplyAsync(() -> readPageUnchecked(start, following), pageReader);
                }
                LocalDateTime before = window.watermark();
                PageOutcome outcome = splitRecords
                        ? emitEach(current.records(), pollWatermark) : emitAll(current.records(), pollWatermark);
                emitted += outcome.emitted;
                if (window.watermark().isAfter(before)) {
                    watermarks.save(window.watermark());
                }
                if (outcome.stopped || last) {
                    break;
                }
            }
        } finally {
            if (next != null) {
                next.cancel(true); // a GET read ahead and not needed (stop, failed record): nothing to undo
            }
        }
        return emitted;
    }

    private static ReadPage awaitPage(CompletableFuture<ReadPage> next) throws Exception {
        try {
            return next.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private ReadPage readPageUnchecked(String start, int page) {
        try {
            return readPage(start, page);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** Reads and parses one page, its records sorted oldest first. */
    private ReadPage readPage(String start, int page) throws Exception {
        Exchange carrier = new DefaultExchange(endpoint.getCamelContext());
        pageRequests.describe(carrier.getMessage(), start, page, pageSize, filters);
        byte[] body = client.execute(requests.create(carrier)).body();
        Page<HistoryRecord> result = body.length == 0
                ? new Page<>() : SfmcJson.mapper().readValue(body, SfmcJson.pageOf(HistoryRecord.class));
        return new ReadPage(result, oldestFirst(result.getItems()));
    }

    /** Empty, or all records that matched when the poll began were read (without a count: a short page). */
    private boolean isLastPage(Page<HistoryRecord> page, int onPage, long read) {
        if (onPage == 0) {
            return true;
        }
        return page.getCount() != null ? read >= page.getCount() : onPage < pageSize;
    }

    private PageOutcome emitEach(List<TimedRecord> records, String pollWatermark) {
        int emitted = 0;
        for (TimedRecord timed : records) {
            if (!mayContinue()) {
                return new PageOutcome(emitted, true);
            }
            HistoryRecord record = timed.record();
            String id = RecordKey.of(record);
            LocalDateTime time = timed.time();
            if (!isNew(id, time)) {
                continue;
            }
            Exchange exchange = createExchange(false);
            exchange.getMessage().setBody(record);
            exchange.getMessage().setHeader(SfmcJourneyConstants.HISTORY_RECORD_ID, id);
            if (!process(exchange, pollWatermark, List.of(id))) {
                return new PageOutcome(emitted, true);
            }
            window.add(id, time);
            emitted++;
        }
        return new PageOutcome(emitted, false);
    }

    private PageOutcome emitAll(List<TimedRecord> records, String pollWatermark) {
        List<HistoryRecord> fresh = new ArrayList<>(records.size());
        List<LocalDateTime> times = new ArrayList<>(records.size());
        List<String> ids = new ArrayList<>(records.size());
        for (TimedRecord timed : records) {
            String id = RecordKey.of(timed.record());
            if (isNew(id, timed.time())) {
                fresh.add(timed.record());
                times.add(timed.time());
                ids.add(id);
            }
        }
        if (fresh.isEmpty()) {
            return new PageOutcome(0, false);
        }
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(fresh);
        if (!process(exchange, pollWatermark, ids)) {
            return new PageOutcome(0, true);
        }
        for (int i = 0; i < fresh.size(); i++) {
            window.add(ids.get(i), times.get(i));
        }
        return new PageOutcome(1, false);
    }

    /**
     * Not emitted in the window, not before it, and not known to the idempotent repository. A record is added to the
     * repository only once its exchange has completed: a record in flight on another node during a fail-over is
     * emitted again rather than lost.
     */
    private boolean isNew(String id, LocalDateTime time) {
        if (window.contains(id) || window.isBefore(time)) {
            return false;
        }
        if (idempotentRepository != null && idempotentRepository.contains(id)) {
            window.add(id, time);
            return false;
        }
        return true;
    }

    /**
     * Runs the route; false (after reporting the failure) when it failed, true after recording the ids. Success is the
     * route's unit of work completing, as the route's own on-completions see it: an exception Camel sets afterwards
     * (e.g. a rejected continuation while the context shuts down) does not make a completed record count as failed.
     */
    private boolean process(Exchange exchange, String pollWatermark, List<String> ids) {
        exchange.getMessage().setHeader(SfmcJourneyConstants.METHOD, endpoint.getMethod());
        exchange.getMessage().setHeader(SfmcJourneyConstants.HISTORY_WATERMARK, pollWatermark);
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
        if (ok && idempotentRepository != null) {
            ids.forEach(idempotentRepository::add);
        }
        if (!ok) {
            getExceptionHandler().handleException("Processing journey history failed; the poll stops here and the "
                                                  + "next poll starts again at this record", exchange,
                    exchange.getException());
        }
        releaseExchange(exchange, false);
        return ok;
    }

    /** The records with their transactionTime parsed once each, oldest first (no time last). */
    private static List<TimedRecord> oldestFirst(List<HistoryRecord> records) {
        List<TimedRecord> sorted = new ArrayList<>(records.size());
        for (HistoryRecord record : records) {
            sorted.add(new TimedRecord(record, transactionTime(record)));
        }
        sorted.sort(Comparator.comparing(TimedRecord::time, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    private static LocalDateTime transactionTime(HistoryRecord record) {
        try {
            return SfmcTimestamps.parse(record.getTransactionTime());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalDateTime initialWatermark(SfmcJourneyConfiguration configuration) {
        String initial = configuration.getInitialWatermark();
        if (initial != null && !initial.isBlank()) {
            try {
                LocalDateTime parsed = SfmcTimestamps.parse(initial);
                if (parsed != null) {
                    return parsed;
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("sfmc-journey: initialWatermark '" + initial
                                                   + "' is not a timestamp such as 2025-01-31T00:00:00", e);
            }
        }
        return LocalDateTime.now(ZoneOffset.UTC).minus(Duration.ofMillis(configuration.getLookback()));
    }

    private String watermarkKey(SfmcJourneyConfiguration configuration) {
        if (configuration.getWatermarkKey() != null && !configuration.getWatermarkKey().isBlank()) {
            return configuration.getWatermarkKey();
        }
        String accountId = configuration.getAccountId();
        return endpoint.getMethod() + (accountId != null && !accountId.isBlank() ? ":" + accountId : "");
    }

    /** The watermark now (UTC): the newest transactionTime emitted, or the initial one. */
    public LocalDateTime getWatermark() {
        return window != null ? window.watermark() : null;
    }

    /** The number of record ids remembered for the overlap window. */
    public int getRememberedRecordCount() {
        return window != null ? window.size() : 0;
    }

    private record PageOutcome(int emitted, boolean stopped) {
    }

    /** A page as SFMC sent it and its records with parsed times, oldest first. */
    private record ReadPage(Page<HistoryRecord> page, List<TimedRecord> records) {
    }

    /** A record and its parsed transactionTime (null when it has none or it is not a timestamp). */
    private record TimedRecord(HistoryRecord record, LocalDateTime time) {
    }
}
