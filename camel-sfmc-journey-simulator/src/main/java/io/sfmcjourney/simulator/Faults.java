package io.sfmcjourney.simulator;

import java.time.Duration;
import java.util.Random;
import java.util.Set;

/**
 * Fault injection, switchable at runtime. Deterministic "next N" switches are consumed first, then the
 * rates are drawn from a seeded RNG. Faults apply to REST calls; {@code /v2/token} only when
 * {@link #onlyFor(String...)} names {@code "token"}.
 */
public final class Faults {

    private static final long DEFAULT_SEED = 42L;

    private Random random = new Random(DEFAULT_SEED);
    private double rate429;
    private double rate429Blocked;
    private double rate503;
    private double rate500;
    private double resetBeforeRate;
    private double resetAfterRate;
    private int retryAfterSeconds = 1;
    private Duration latency = Duration.ZERO;
    private int failNextCount;
    private int failNextStatus;
    private int failNextErrorcode;
    private Integer failNextRetryAfter;
    private int failAfterNextCount;
    private int failAfterNextStatus;
    private int failAfterNextErrorcode;
    private int resetBeforeNext;
    private int resetAfterNext;
    private int stallNext;
    private Set<String> onlyFor = Set.of();
    private final ConcurrencyLimit concurrency = new ConcurrencyLimit();

    Faults() {
    }

    /**
     * At most {@code perAccount} REST calls of one business unit (MID) in process at once, {@link #latency} included
     * (a call holds its slot while the simulator "works" on it); beyond that 429 errorcode 50200 without
     * {@code Retry-After}, as SFMC answers too many concurrent requests. 0 switches it off (the default).
     */
    public Faults concurrencyLimit(int perAccount) {
        concurrency.limit(perAccount);
        return this;
    }

    ConcurrencyLimit concurrency() {
        return concurrency;
    }

    public synchronized Faults seed(long seed) {
        this.random = new Random(seed);
        return this;
    }

    /** 429 errorcode 50100 with a {@code Retry-After} header and body {@code retryAfter}. */
    public synchronized Faults rate429(double rate) {
        this.rate429 = checkRate(rate);
        return this;
    }

    /** 429 errorcode 50200 without {@code Retry-After}. */
    public synchronized Faults rate429Blocked(double rate) {
        this.rate429Blocked = checkRate(rate);
        return this;
    }

    /** 503 errorcode 50300 with {@code Retry-After}. */
    public synchronized Faults rate503(double rate) {
        this.rate503 = checkRate(rate);
        return this;
    }

    /** 500 errorcode 500 "Internal Server Error". */
    public synchronized Faults rate500(double rate) {
        this.rate500 = checkRate(rate);
        return this;
    }

    /** Seconds announced by rate-based 429/503 answers (default 1). */
    public synchronized Faults retryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Delay added before every faultable call is processed. */
    public synchronized Faults latency(Duration delay) {
        this.latency = delay == null ? Duration.ZERO : delay;
        return this;
    }

    /** Close the connection without a response and without processing the request. */
    public synchronized Faults resetBeforeProcessingRate(double rate) {
        this.resetBeforeRate = checkRate(rate);
        return this;
    }

    /** Process the request fully (state changes), then close the connection without a response. */
    public synchronized Faults resetAfterProcessingRate(double rate) {
        this.resetAfterRate = checkRate(rate);
        return this;
    }

    /**
     * Answer the next {@code count} faultable calls with this status and errorcode (SFMC envelope);
     * {@code retryAfterSeconds} non-null adds a {@code Retry-After} header and body {@code retryAfter}.
     */
    public synchronized Faults failNext(int count, int httpStatus, int errorcode, Integer retryAfterSeconds) {
        this.failNextCount = count;
        this.failNextStatus = httpStatus;
        this.failNextErrorcode = errorcode;
        this.failNextRetryAfter = retryAfterSeconds;
        return this;
    }

    /**
     * Process the next {@code count} faultable calls fully (state changes, the event is accepted), then answer this
     * status and errorcode instead of the result: e.g. 503/50300 from a gateway that timed out on a call SFMC did
     * carry out.
     */
    public synchronized Faults failNextAfterProcessing(int count, int httpStatus, int errorcode) {
        this.failAfterNextCount = count;
        this.failAfterNextStatus = httpStatus;
        this.failAfterNextErrorcode = errorcode;
        return this;
    }

    public synchronized Faults resetNextBeforeProcessing(int count) {
        this.resetBeforeNext = count;
        return this;
    }

    public synchronized Faults resetNextAfterProcessing(int count) {
        this.resetAfterNext = count;
        return this;
    }

    /** Accept the next {@code count} calls and never answer them (until the client gives up or the simulator closes). */
    public synchronized Faults stallNext(int count) {
        this.stallNext = count;
        return this;
    }

    /** Restrict faults to these discovery method names ({@code "token"} included); none = every REST method. */
    public synchronized Faults onlyFor(String... methods) {
        this.onlyFor = Set.of(methods);
        return this;
    }

    /** Switches everything off (the seed is kept). */
    public synchronized Faults clear() {
        rate429 = 0;
        rate429Blocked = 0;
        rate503 = 0;
        rate500 = 0;
        resetBeforeRate = 0;
        resetAfterRate = 0;
        retryAfterSeconds = 1;
        latency = Duration.ZERO;
        concurrency.limit(0);
        failNextCount = 0;
        failNextRetryAfter = null;
        failAfterNextCount = 0;
        resetBeforeNext = 0;
        resetAfterNext = 0;
        stallNext = 0;
        onlyFor = Set.of();
        return this;
    }

    /** Decides the fault for one call to {@code method}; consumes "next N" switches. */
    synchronized FaultPlan decide(String method) {
        boolean applies = onlyFor.isEmpty() ? !"token".equals(method) : onlyFor.contains(method);
        if (!applies) {
            return FaultPlan.NONE;
        }
        Duration delay = latency;
        if (failNextCount > 0) {
            failNextCount--;
            return FaultPlan.fail(failNextStatus, failNextErrorcode, failNextRetryAfter, delay);
        }
        if (failAfterNextCount > 0) {
            failAfterNextCount--;
            return new FaultPlan(FaultPlan.Kind.FAIL_AFTER, failAfterNextStatus, failAfterNextErrorcode, null, delay);
        }
        if (resetBeforeNext > 0) {
            resetBeforeNext--;
            return new FaultPlan(FaultPlan.Kind.RESET_BEFORE, 0, 0, null, delay);
        }
        if (resetAfterNext > 0) {
            resetAfterNext--;
            return new FaultPlan(FaultPlan.Kind.RESET_AFTER, 0, 0, null, delay);
        }
        if (stallNext > 0) {
            stallNext--;
            return new FaultPlan(FaultPlan.Kind.STALL, 0, 0, null, delay);
        }
        return drawRate(delay);
    }

    private FaultPlan drawRate(Duration delay) {
        double total = rate429 + rate429Blocked + rate503 + rate500 + resetBeforeRate + resetAfterRate;
        if (total <= 0) {
            return delay.isZero() ? FaultPlan.NONE : new FaultPlan(FaultPlan.Kind.NONE, 0, 0, null, delay);
        }
        double draw = random.nextDouble();
        double bound = rate429;
        if (draw < bound) {
            return FaultPlan.fail(429, 50100, retryAfterSeconds, delay);
        }
        bound += rate429Blocked;
        if (draw < bound) {
            return FaultPlan.fail(429, 50200, null, delay);
        }
        bound += rate503;
        if (draw < bound) {
            return FaultPlan.fail(503, 50300, retryAfterSeconds, delay);
        }
        bound += rate500;
        if (draw < bound) {
            return FaultPlan.fail(500, 500, null, delay);
        }
        bound += resetBeforeRate;
        if (draw < bound) {
            return new FaultPlan(FaultPlan.Kind.RESET_BEFORE, 0, 0, null, delay);
        }
        bound += resetAfterRate;
        if (draw < bound) {
            return new FaultPlan(FaultPlan.Kind.RESET_AFTER, 0, 0, null, delay);
        }
        return new FaultPlan(FaultPlan.Kind.NONE, 0, 0, null, delay);
    }

    private static double checkRate(double rate) {
        if (rate < 0 || rate > 1 || Double.isNaN(rate)) {
            throw new IllegalArgumentException("a rate must be within 0..1");
        }
        return rate;
    }
}
