package io.sfmcjourney.simulator;

import com.sun.net.httpserver.HttpServer;
import io.sfmcjourney.simulator.api.ApiContext;
import io.sfmcjourney.simulator.api.ApiRoutes;
import io.sfmcjourney.simulator.auth.TokenService;
import io.sfmcjourney.simulator.state.AccountRegistry;
import io.sfmcjourney.simulator.state.EntryService;
import io.sfmcjourney.simulator.state.HistoryStore;
import io.sfmcjourney.simulator.state.SimulatorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A stateful stand-in for SFMC's OAuth endpoint ({@code POST /v2/token}) and the Journey Builder REST API
 * ({@code /interaction/v1}), served over HTTP on the JDK's built-in server. State is kept per account id (MID).
 * Timestamps are written in UTC.
 *
 * <pre>{@code
 * try (SfmcSimulator sim = SfmcSimulator.builder().start()) {
 *     String auth = sim.authUrl();   // POST client_id/client_secret here
 *     String rest = sim.restUrl();   // then call rest + "interaction/v1/..."
 * }
 * }</pre>
 */
public final class SfmcSimulator implements AutoCloseable {

    /** Client id of the always-registered demo package. */
    public static final String DEMO_CLIENT_ID = "sim-client-id";
    /** Client secret of the always-registered demo package (a public, well-known demo value). */
    public static final String DEMO_CLIENT_SECRET = "sim-client-secret";
    /** Default account id (MID) of the demo package. */
    public static final String DEMO_ACCOUNT_ID = "100001";

    static {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final TokenService tokens;
    private final AccountRegistry accounts;
    private final HistoryStore history;
    private final Journal journal;
    private final Counters counters;
    private final Faults faults;
    private final Quirks quirks;
    private final EventLedger ledger;
    private final EntryRules entryRules = new EntryRules();
    private final EntryService entries;
    private final RequestPipeline pipeline;

    private SfmcSimulator(Builder builder) {
        this.counters = new Counters(builder.countPerContact);
        this.faults = builder.faults;
        this.quirks = builder.quirks;
        this.journal = new Journal(builder.journalCapacity);
        this.history = new HistoryStore(builder.historyCapacity);
        this.ledger = new EventLedger(counters, builder.acceptedEventsCapacity, builder.historyCapacity);
        SimulatorSettings settings = new SimulatorSettings(builder.publishDelay, builder.maxPageSize, quirks,
                List.copyOf(builder.validationRules), builder.asyncProcessingDelay, builder.asyncStatusCapacity);
        this.accounts = new AccountRegistry(settings);
        String[] instanceUrls = new String[2];
        this.tokens = new TokenService(builder.tokenLifetime, () -> instanceUrls[0], () -> instanceUrls[1],
                counters::tokenIssued);
        tokens.register(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_ACCOUNT_ID);
        builder.clients.forEach(client -> tokens.register(client[0], client[1], client[2]));
        builder.clientScopes.forEach(tokens::packageScopes);
        this.entries = new EntryService(history, ledger, entryRules);
        ApiContext context = new ApiContext(settings, tokens, entries, history);
        this.pipeline = new RequestPipeline(ApiRoutes.build(context), tokens, accounts, faults, journal, counters,
                quirks);
        this.executor = newExecutor();
        try {
            this.server = HttpServer.create(new InetSocketAddress(builder.host, builder.port), 1024);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot bind the simulator to " + builder.host + ":" + builder.port, e);
        }
        server.createContext("/", pipeline);
        server.setExecutor(executor);
        server.start();
        String host = builder.host.contains(":") ? "[" + builder.host + "]" : builder.host;
        this.baseUrl = "http://" + host + ":" + server.getAddress().getPort();
        instanceUrls[0] = restUrl();
        instanceUrls[1] = soapUrl();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://<host>:<port>}, no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The OAuth token endpoint: {@code baseUrl() + "/v2/token"}. */
    public String authUrl() {
        return baseUrl + "/v2/token";
    }

    /** What {@code rest_instance_url} returns: {@code baseUrl() + "/"}. */
    public String restUrl() {
        return baseUrl + "/";
    }

    /** URLs of this simulator with the always-registered demo client ({@link #DEMO_CLIENT_ID}). */
    public SimulatorCredentials demoCredentials() {
        return new SimulatorCredentials(authUrl(), restUrl(), DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_ACCOUNT_ID);
    }

    /** What {@code soap_instance_url} returns: {@code baseUrl() + "/soap/"}; the simulator serves no SOAP there. */
    public String soapUrl() {
        return baseUrl + "/soap/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public Journal journal() {
        return journal;
    }

    public Counters counters() {
        return counters;
    }

    /** Fault switches, changeable at runtime. */
    public Faults faults() {
        return faults;
    }

    /** Quirk switches, changeable at runtime. */
    public Quirks quirks() {
        return quirks;
    }

    /**
     * Entry rules, changeable at runtime: entry criteria, required data, deleted and restricted contacts, re-entry of
     * {@code NotSet} journeys and the delay before history shows an outcome.
     */
    public EntryRules entryRules() {
        return entryRules;
    }

    /** Every issued token answers 401 from now on, as if its lifetime had passed. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    /** Every issued token is forgotten (401 from now on). */
    public void revokeAllTokens() {
        tokens.revokeAll();
    }

    /** Entry events accepted via {@code /events} and {@code /async/events}, in order (the newest ones, capped). */
    public List<AcceptedEvent> acceptedEvents() {
        return ledger.snapshot();
    }

    /** Adds one journey history record for an account (e.g. to seed searches). */
    public void addHistory(String accountId, HistoryEntry entry) {
        history.append(accountId, entry);
    }

    /** Adds many journey history records for an account under one lock. */
    public void addHistory(String accountId, Iterable<HistoryEntry> entries) {
        history.appendAll(accountId, entries);
    }

    /**
     * Generates {@code count} history records cheaply (no intermediate list), spread evenly and in time order over
     * {@code [from, to)}: contacts {@code contact-0 .. contact-(distinctContacts-1)}, activities cycling through
     * Trigger/Complete, EMAILV2/Complete and WAIT/Waiting.
     */
    public void generateHistory(String accountId, String definitionId, String definitionName, int count,
            int distinctContacts, Instant from, Instant to) {
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        String[][] activities = {
            {definitionId + "-trigger", "Entry", "Trigger", "Complete"},
            {definitionId + "-email", "Welcome email", "EMAILV2", "Complete"},
            {definitionId + "-wait", "Wait 1 day", "WAIT", "Waiting"}};
        int batch = 50_000;
        for (int start = 0; start < count; start += batch) {
            int first = start;
            int last = Math.min(count, start + batch);
            history.appendAll(accountId, () -> new Iterator<>() {
                private int next = first;

                @Override
                public boolean hasNext() {
                    return next < last;
                }

                @Override
                public HistoryEntry next() {
                    if (next >= last) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    String[] activity = activities[i % activities.length];
                    Instant time = Instant.ofEpochMilli(from.toEpochMilli() + span * i / count);
                    return new HistoryEntry("contact-" + (i / activities.length) % Math.max(1, distinctContacts),
                            definitionId, definitionName, activity[0], activity[1], activity[2], activity[3], null,
                            time);
                }
            });
        }
    }

    /** Journey history records currently retained (all accounts), entry outcomes already due included. */
    public long historySize() {
        entries.outcomes().flushDue();
        return history.size();
    }

    /** Clears state, history, journal, counters, accepted events and faults; clients, tokens and options stay. */
    public void reset() {
        faults.clear();
        pipeline.releaseStalled();
        accounts.clear();
        entryRules.clear();
        entries.outcomes().clear();
        history.clear();
        ledger.clear();
        journal.clear();
        counters.reset();
    }

    @Override
    public void close() {
        faults.clear();
        pipeline.releaseStalled();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ExecutorService newExecutor() {
        AtomicInteger threads = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "sfmc-simulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Options of a simulator; {@link #start()} binds and starts it. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private final List<String[]> clients = new ArrayList<>();
        private final Map<String, String> clientScopes = new LinkedHashMap<>();
        private Duration tokenLifetime = Duration.ofMinutes(20);
        private Duration publishDelay = Duration.ofMillis(500);
        private Duration asyncProcessingDelay = Duration.ZERO;
        private int maxPageSize = 500;
        private int journalCapacity = 10_000;
        private int historyCapacity = 1_000_000;
        private int acceptedEventsCapacity = 100_000;
        private int asyncStatusCapacity = 100_000;
        private boolean countPerContact = true;
        private final Faults faults = new Faults();
        private final Quirks quirks = new Quirks();
        private final List<JourneyValidationRule> validationRules = new ArrayList<>(JourneyValidationRule.defaults());

        private Builder() {
        }

        /** Interface to bind (default 127.0.0.1). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Port to bind; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Registers an installed package for an account id (repeat for more MIDs; the first one is the default). */
        public Builder client(String clientId, String clientSecret, String accountId) {
            clients.add(new String[] {clientId, clientSecret, accountId});
            return this;
        }

        /**
         * Token lifetime (default 20 min). {@code expires_in} reports the lifetime minus 121 s when it is at least
         * 10 min (1200 s gives 1079), else the full lifetime.
         */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = lifetime;
            return this;
        }

        /** How long publishAsync/validateAsync stay in process (default 500 ms). */
        public Builder publishDelay(Duration delay) {
            this.publishDelay = delay;
            return this;
        }

        /** How long batch events stay "queued" before "processed" (default 0). */
        public Builder asyncProcessingDelay(Duration delay) {
            this.asyncProcessingDelay = delay;
            return this;
        }

        /** Largest {@code $pageSize} honoured for journeys, history and batch status (default 500); larger is clamped. */
        public Builder maxPageSize(int max) {
            this.maxPageSize = max;
            return this;
        }

        /** Requests kept in the journal (default 10,000; oldest dropped). */
        public Builder journalCapacity(int capacity) {
            this.journalCapacity = capacity;
            return this;
        }

        /** Journey history records kept (default 1,000,000; oldest dropped). */
        public Builder historyCapacity(int capacity) {
            this.historyCapacity = capacity;
            return this;
        }

        /** Accepted events kept for {@link SfmcSimulator#acceptedEvents()} (default 100,000; oldest dropped). */
        public Builder acceptedEventsCapacity(int capacity) {
            this.acceptedEventsCapacity = capacity;
            return this;
        }

        /**
         * Whether accepted events are counted per contact and event definition (default true), for
         * {@link Counters#duplicateEvents(String, String)} and {@link Counters#duplicatesByContactAndDefinition()}.
         * Each distinct contact then costs about 130 bytes of heap until {@link SfmcSimulator#reset()}; a load test
         * that enters millions of contacts and needs only the totals turns it off (the per-contact figures then stay
         * zero).
         */
        public Builder countPerContact(boolean count) {
            this.countPerContact = count;
            return this;
        }

        /** Batch event status records kept per account (default 100,000; oldest dropped). */
        public Builder asyncStatusCapacity(int capacity) {
            this.asyncStatusCapacity = capacity;
            return this;
        }

        /** Sets fault switches up front (they stay changeable through {@link SfmcSimulator#faults()}). */
        public Builder faults(Consumer<Faults> setup) {
            setup.accept(faults);
            return this;
        }

        /**
         * Limits the scopes of a registered client's package (space-separated; default all). Tokens without a
         * method's scope get 403 errorcode 20002.
         */
        public Builder clientScopes(String clientId, String scopes) {
            clientScopes.put(clientId, scopes);
            return this;
        }

        /** Sets quirk switches up front (they stay changeable through {@link SfmcSimulator#quirks()}). */
        public Builder quirks(Consumer<Quirks> setup) {
            setup.accept(quirks);
            return this;
        }

        /** Replaces the publish/validate rules (default {@link JourneyValidationRule#defaults()}). */
        public Builder validationRules(List<JourneyValidationRule> rules) {
            validationRules.clear();
            validationRules.addAll(rules);
            return this;
        }

        /** Adds a publish/validate rule to the current ones. */
        public Builder addValidationRule(JourneyValidationRule rule) {
            validationRules.add(rule);
            return this;
        }

        public SfmcSimulator start() {
            return new SfmcSimulator(this);
        }

        /** The registered clients as {@code clientId -> accountIds} (for banners; secrets are not exposed). */
        Map<String, List<String>> clientAccounts() {
            Map<String, List<String>> result = new LinkedHashMap<>();
            for (String[] client : clients) {
                result.computeIfAbsent(client[0], id -> new ArrayList<>()).add(client[2]);
            }
            return result;
        }
    }
}
