package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.auth.AccessToken;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import io.sfmcjourney.camel.client.SfmcHttpExchange.StreamedAnswer;
import io.sfmcjourney.camel.metrics.SfmcCallMetrics;
import io.sfmcjourney.camel.metrics.SfmcMetrics;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link SfmcRequest}s to the REST API: adds the bearer token (a failed token request is retried within the
 * call's retry budget once the token manager's back-off has passed), replays once after a 401 with a renewed token
 * (twice when the first replay used a token renewed earlier by another thread that was revoked as well),
 * retries per {@link RetryPolicy}, turns non-2xx answers (except 304) and 2xx answers carrying SFMC's error envelope
 * into {@link SfmcJourneyApiException}, and every failure after which SFMC may have acted into
 * {@link SfmcOutcomeUnknownException} (see {@link CallOutcome}).
 * <p>
 * Retried: 429 for every verb (documented throttling: the call was refused, not processed), honouring
 * {@code Retry-After} (header, then body {@code retryAfter}); 429 errorcode 50200 backs off four times longer;
 * failures to connect always; 500/502/503/504 and transport failures that may have reached the server only for
 * methods the table marks replayable ({@link io.sfmcjourney.camel.api.Replay}: reads, and DELETE whose replayed 404
 * means done) or with {@link RetryPolicy#retryAmbiguousFailures()}. Thread-safe.
 */
public final class SfmcRestClient {

    private static final Logger LOG = LoggerFactory.getLogger(SfmcRestClient.class);
    private static final int THROTTLED_BY_CONCURRENCY = 50200;
    private static final int MAX_REPLAYS_AFTER_401 = 2;

    private final CloseableHttpClient http;
    private final SfmcTokenManager tokens;
    private final RestTarget target;
    private final RetryPolicy retryPolicy;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;
    private volatile String lastBaseUrl;
    private final ParsedUris uris = new ParsedUris();
    /** The Authorization header of the last token sent, so it is not concatenated again for every call. */
    private volatile Bearer lastBearer;
    private volatile SfmcMetrics metrics = SfmcMetrics.NONE;

    /**
     * @param http            the component's pooled client (not closed by this class)
     * @param tokens          the token manager of the credentials in use
     * @param restUrlOverride the REST base URL to use instead of the token's {@code rest_instance_url}, or null
     * @param retryPolicy     how failures are retried
     */
    public SfmcRestClient(CloseableHttpClient http, SfmcTokenManager tokens, String restUrlOverride,
                          RetryPolicy retryPolicy) {
        this(http, tokens, restUrlOverride, retryPolicy, Sleeper.SYSTEM, null, Clock.systemUTC());
    }

    /** For tests: replaceable waiting, jitter source (null for random) and clock. */
    SfmcRestClient(CloseableHttpClient http, SfmcTokenManager tokens, String restUrlOverride, RetryPolicy retryPolicy,
                   Sleeper sleeper, DoubleSupplier jitter, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.target = new RestTarget(restUrlOverride);
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.backoff = jitter == null ? Backoff.jittered(retryPolicy) : new Backoff(retryPolicy, jitter);
        this.sleeper = sleeper;
        this.clock = clock;
        this.lastBaseUrl = restUrlOverride == null || restUrlOverride.isBlank() ? null : target.base(null);
    }

    /**
     * Executes the call, waiting between attempts on the calling thread (see {@link SfmcAsyncCalls} for the same call
     * with no thread held while waiting).
     *
     * @throws SfmcJourneyApiException     on a definite refusal: a non-2xx answer (after retries), or a 2xx carrying
     *                                     SFMC's error envelope, naming method, verb and path
     * @throws SfmcOutcomeUnknownException when SFMC may have processed the request but the component cannot tell
     * @throws IOException                 on a transport failure before the request was sent that was not retried
     * @throws IllegalStateException       when the token response names a REST host the token must not be sent to
     */
    public SfmcResponse execute(SfmcRequest request)
            throws IOException, SfmcJourneyApiException, SfmcOutcomeUnknownException {
        return drive(attempts(request, Map.of(), false)).head();
    }

    /**
     * Executes a call whose 2xx answer is streamed: as {@link #execute} (token, retries, errors), but the body of the
     * 2xx answer is handed over unread and unbounded by {@code maxResponseSize}. Retries end once that answer's head
     * arrived: a failure while reading the body surfaces as an IOException from the stream.
     *
     * @param headers HTTP headers to send besides authorization
     * @return the answer; its {@link StreamedAnswer#body() body} must be read to the end or closed by the caller
     */
    public StreamedAnswer open(SfmcRequest request, Map<String, String> headers)
            throws IOException, SfmcJourneyApiException, SfmcOutcomeUnknownException {
        StreamedAnswer answer = drive(attempts(request, headers, true));
        String contentType = answer.head().contentType();
        if (answer.body() != null && SfmcResponse.contentTypeMentions(contentType, "html")) {
            answer.body().close();
            throw new SfmcOutcomeUnknownException(request.method(), request.verb(), request.path(),
                    answer.head().statusCode(), contentType, "a 2xx answer is an HTML page, not SFMC's answer", null);
        }
        return answer;
    }

    /** Makes the attempts of a call one after the other, sleeping on this thread between them. */
    private StreamedAnswer drive(Attempts call)
            throws IOException, SfmcJourneyApiException, SfmcOutcomeUnknownException {
        while (true) {
            Duration wait = call.attempt();
            if (wait == null) {
                return call.answer();
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting to retry");
            }
        }
    }

    /** The attempts of one call, to be driven by {@link #execute} or by {@link SfmcAsyncCalls}. */
    public Attempts attempts(SfmcRequest request) {
        return new Attempts(request, Map.of(), false);
    }

    /** The attempts of one call with extra headers, its 2xx body streamed when {@code streamed}. */
    Attempts attempts(SfmcRequest request, Map<String, String> headers, boolean streamed) {
        return new Attempts(request, headers, streamed);
    }

    /**
     * One call's attempts: each {@link #attempt()} gets a token and sends the request (replaying at once after a 401),
     * and either ends the call or names the wait before the next attempt. The waiting is the driver's: this class
     * never sleeps. Not thread-safe; attempts of one call run one after the other.
     */
    public final class Attempts {

        private final SfmcRequest request;
        private final Map<String, String> headers;
        private final boolean streamed;
        private final RetryBudget budget = new RetryBudget(retryPolicy);
        private final SfmcCallMetrics metered;
        private final CallOutcome outcome;
        private AccessToken rejected;
        private int replaysAfter401;
        private long requestsBefore401;
        private StreamedAnswer answer;
        private Exception failureWithoutRetry;

        private Attempts(SfmcRequest request, Map<String, String> headers, boolean streamed) {
            this.request = request;
            this.headers = headers;
            this.streamed = streamed;
            this.outcome = new CallOutcome(request);
            this.metered = metrics.callStarted(request.method());
        }

        /** The answer, once {@link #attempt()} returned null. */
        public SfmcResponse response() {
            return answer.head();
        }

        /** The answer with its unread body when streamed, once {@link #attempt()} returned null. */
        StreamedAnswer answer() {
            return answer;
        }

        /**
         * Makes the next attempt.
         *
         * @return null when the call succeeded ({@link #response()}), else the wait before the next attempt
         * @throws SfmcJourneyApiException     on a definite refusal that is not retried
         * @throws SfmcOutcomeUnknownException when SFMC may have processed the request but the component cannot tell
         * @throws IOException                 on a transport failure before the request was sent that is not retried
         */
        public Duration attempt() throws IOException, SfmcJourneyApiException, SfmcOutcomeUnknownException {
            while (true) {
                AccessToken token;
                try {
                    token = rejected == null ? tokens.token() : tokens.renewAfterRejection(rejected);
                } catch (SfmcJourneyApiException e) {
                    return retryOrThrow(tokenRetryDelay(e), outcome.beforeSending(e), e);
                } catch (IOException e) {
                    return retryOrThrow(tokenRetryDelay(e), outcome.beforeSending(e), e);
                }
                rejected = null;
                String base = target.base(token);
                if (!base.equals(lastBaseUrl)) { // a store to the shared field only when it changes
                    lastBaseUrl = base;
                }
                ParsedUris.Target at = uris.target(base, request);
                String url = at.url();
                try {
                    answer = send(request, at, headers, streamed, token, budget.retries() + 1);
                    outcome.success(answer.head(), url);
                    metered.succeeded(answer.head().statusCode());
                    return null;
                } catch (SfmcJourneyApiException e) {
                    if (e.getStatusCode() == HttpStatus.SC_UNAUTHORIZED
                        && mayReplayAfter401(token, replaysAfter401, requestsBefore401)) {
                        if (replaysAfter401 == 0) {
                            requestsBefore401 = tokens.requestCount();
                        }
                        replaysAfter401++;
                        rejected = token;
                        metered.retrying(e);
                        continue;
                    }
                    if (outcome.deletedByEarlierAttempt(e)) {
                        LOG.info("{} {} {}: the replay answered HTTP 404, so the earlier attempt deleted it",
                                request.method(), request.verb(), request.path());
                        answer = new StreamedAnswer(new SfmcResponse(e.getStatusCode(), e.getStatusText(),
                                e.getResponseHeaders(), new byte[0]), null);
                        metered.succeeded(e.getStatusCode());
                        return null;
                    }
                    Exception failure = outcome.answered(e);
                    return retryOrThrow(retryDelay(e, request, budget.retries()), failure, e);
                } catch (IOException e) {
                    TransportFailure kind = TransportFailure.of(e);
                    Exception failure = outcome.failed(e, kind);
                    return retryOrThrow(transportRetryDelay(kind, request, budget.retries()), failure, e);
                }
            }
        }

        /**
         * The failure the call ends with when the retry {@link #attempt()} just asked for cannot be made (e.g. the
         * component stops during the wait): what it would have thrown without a retry left.
         */
        public Exception failureWithoutRetry() {
            return failureWithoutRetry;
        }

        private Duration retryOrThrow(Duration delay, Exception failure, Exception cause)
                throws IOException, SfmcJourneyApiException, SfmcOutcomeUnknownException {
            if (!budget.allowRetry(delay)) {
                metered.failed(failure);
                throw rethrow(failure);
            }
            metered.retrying(cause);
            failureWithoutRetry = failure;
            return delay;
        }
    }

    /** The failure as one of the exceptions {@link #execute} declares. */
    private static RuntimeException rethrow(Exception failure)
            throws IOException, SfmcJourneyApiException, SfmcOutcomeUnknownException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof SfmcJourneyApiException api) {
            throw api;
        }
        if (failure instanceof SfmcOutcomeUnknownException unknown) {
            throw unknown;
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(failure);
    }

    /** Has this client report its calls to {@code metrics} (default {@link SfmcMetrics#NONE}); returns this client. */
    public SfmcRestClient withMetrics(SfmcMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        return this;
    }

    /** What this client reports its calls to. */
    public SfmcMetrics metrics() {
        return metrics;
    }

    /** The token manager whose tokens this client sends (e.g. for a health check). */
    public SfmcTokenManager tokenManager() {
        return tokens;
    }

    /** The REST base URL in use: the override, else the last token's {@code rest_instance_url}; null before the first call. */
    public String baseUrl() {
        return lastBaseUrl;
    }

    /**
     * A 401 is replayed once with a renewed token; once more only when the token of the replay was not requested after
     * the first 401 (another thread had renewed it before, and it was revoked too), never with a token that was
     * requested after the call's first rejection.
     */
    private boolean mayReplayAfter401(AccessToken token, int replays, long requestsBeforeFirst401) {
        return replays == 0
               || replays < MAX_REPLAYS_AFTER_401 && !tokens.requestedAfter(token, requestsBeforeFirst401);
    }

    private StreamedAnswer send(SfmcRequest request, ParsedUris.Target at, Map<String, String> headers,
                                boolean streamed, AccessToken token, int attempt)
            throws IOException, SfmcJourneyApiException {
        HttpUriRequestBase message = new HttpUriRequestBase(request.verb(), at.uri());
        message.setHeader(HttpHeaders.ACCEPT, streamed ? "*/*" : ContentType.APPLICATION_JSON.getMimeType());
        headers.forEach(message::setHeader);
        message.setHeader(HttpHeaders.AUTHORIZATION, authorization(token));
        if (request.body() != null) {
            message.setEntity(new ByteArrayEntity(request.body(), ContentType.APPLICATION_JSON));
        }
        boolean debug = LOG.isDebugEnabled(); // the times below are only logged: no clock read per call otherwise
        long start = debug ? System.nanoTime() : 0;
        StreamedAnswer answer;
        try {
            answer = streamed ? SfmcHttpExchange.open(http, message, request.method())
                    : new StreamedAnswer(SfmcHttpExchange.send(http, message, request.method()), null);
        } catch (IOException e) {
            if (debug) {
                LOG.debug("{} {} {} failed on attempt {} after {} ms: {}", request.method(), request.verb(),
                        request.path(), attempt, elapsedMillis(start), e.toString());
            }
            throw e;
        }
        SfmcResponse response = answer.head();
        if (debug) { // spares every call the arguments' array and boxing when not logged
            LOG.debug("{} {} {} -> HTTP {} on attempt {} in {} ms", request.method(), request.verb(), request.path(),
                    response.statusCode(), attempt, elapsedMillis(start));
        }
        int status = response.statusCode();
        if (status / 100 == 2 || status == HttpStatus.SC_NOT_MODIFIED) {
            return answer;
        }
        throw apiError(request, at.url(), response);
    }

    private String authorization(AccessToken token) {
        Bearer bearer = lastBearer;
        if (bearer == null || bearer.token() != token) {
            bearer = new Bearer(token, "Bearer " + token.value());
            lastBearer = bearer;
        }
        return bearer.header();
    }

    /** A token and its Authorization header value; never logged (the record's toString names the token masked). */
    private record Bearer(AccessToken token, String header) {

        @Override
        public String toString() {
            return "Bearer[" + token + "]";
        }
    }

    private static SfmcJourneyApiException apiError(SfmcRequest request, String url, SfmcResponse response) {
        SfmcErrorBody error = SfmcErrorBody.parse(response.body());
        return new SfmcJourneyApiException(request.method(), request.verb(), url, response.statusCode(),
                response.reasonPhrase(), response.headers(), new String(response.body(), StandardCharsets.UTF_8),
                error.errorCode(), error.message());
    }

    private Duration retryDelay(SfmcJourneyApiException e, SfmcRequest request, int retry) {
        int status = e.getStatusCode();
        boolean throttled = status == HttpStatus.SC_TOO_MANY_REQUESTS;
        if (throttled || status == HttpStatus.SC_SERVICE_UNAVAILABLE && mayReplay(request)) {
            Duration requested = RetryAfter.of(e.getResponseHeaders(),
                    SfmcErrorBody.parse(e.getResponseBody().getBytes(StandardCharsets.UTF_8)), clock.instant());
            if (requested != null) {
                return requested;
            }
            return Objects.equals(e.getErrorCode(), THROTTLED_BY_CONCURRENCY)
                    ? backoff.throttledDelay(retry) : backoff.delay(retry);
        }
        boolean serverError = status == HttpStatus.SC_INTERNAL_SERVER_ERROR || status == HttpStatus.SC_BAD_GATEWAY
                              || status == HttpStatus.SC_GATEWAY_TIMEOUT;
        return serverError && mayReplay(request) ? backoff.delay(retry) : null;
    }

    /**
     * A token request is safe to repeat (it changes nothing at SFMC), so it is retried after transport failures and
     * 429/500/502/503/504, once the token manager's back-off (which honours {@code Retry-After}) has passed; refused
     * credentials (4xx) and unusable answers are not retried.
     */
    private Duration tokenRetryDelay(Exception e) {
        boolean retryable;
        if (e instanceof SfmcJourneyApiException api) {
            int status = api.getStatusCode();
            retryable = status == HttpStatus.SC_TOO_MANY_REQUESTS || status == HttpStatus.SC_INTERNAL_SERVER_ERROR
                        || status == HttpStatus.SC_BAD_GATEWAY || status == HttpStatus.SC_SERVICE_UNAVAILABLE
                        || status == HttpStatus.SC_GATEWAY_TIMEOUT;
        } else {
            retryable = e.getCause() instanceof IOException cause && TransportFailure.of(cause) != TransportFailure.FATAL;
        }
        return retryable ? tokens.backoffRemaining() : null;
    }

    private Duration transportRetryDelay(TransportFailure kind, SfmcRequest request, int retry) {
        boolean retryable = switch (kind) {
            case NOT_SENT -> true;
            case AMBIGUOUS -> mayReplay(request);
            case ANSWER_UNUSABLE, FATAL -> false;
        };
        return retryable ? backoff.delay(retry) : null;
    }

    /** Whether a call that may have reached SFMC is sent again: per the method table, or opted in. */
    private boolean mayReplay(SfmcRequest request) {
        return request.replay().replayable() || retryPolicy.retryAmbiguousFailures();
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
