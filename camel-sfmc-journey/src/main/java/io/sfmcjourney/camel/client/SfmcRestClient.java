package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcOutcomeUnknownException;
import io.sfmcjourney.camel.auth.AccessToken;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
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
     * Executes the call.
     *
     * @throws SfmcJourneyApiException     on a definite refusal: a non-2xx answer (after retries), or a 2xx carrying
     *                                     SFMC's error envelope, naming method, verb and path
     * @throws SfmcOutcomeUnknownException when SFMC may have processed the request but the component cannot tell
     * @throws IOException                 on a transport failure before the request was sent that was not retried
     * @throws IllegalStateException       when the token response names a REST host the token must not be sent to
     */
    public SfmcResponse execute(SfmcRequest request)
            throws IOException, SfmcJourneyApiException, SfmcOutcomeUnknownException {
        RetryBudget budget = new RetryBudget(retryPolicy, sleeper);
        CallOutcome outcome = new CallOutcome(request);
        AccessToken rejected = null;
        int replaysAfter401 = 0;
        long requestsBefore401 = 0;
        while (true) {
            AccessToken token;
            try {
                token = rejected == null ? tokens.token() : tokens.renewAfterRejection(rejected);
            } catch (SfmcJourneyApiException e) {
                if (!budget.awaitRetry(tokenRetryDelay(e))) {
                    throw rethrow(outcome.beforeSending(e));
                }
                continue;
            } catch (IOException e) {
                if (!budget.awaitRetry(tokenRetryDelay(e))) {
                    throw rethrow(outcome.beforeSending(e));
                }
                continue;
            }
            rejected = null;
            String url = RestTarget.url(target.base(token), request);
            try {
                return outcome.success(send(request, token, budget.retries() + 1), url);
            } catch (SfmcJourneyApiException e) {
                if (e.getStatusCode() == HttpStatus.SC_UNAUTHORIZED
                    && mayReplayAfter401(token, replaysAfter401, requestsBefore401)) {
                    if (replaysAfter401 == 0) {
                        requestsBefore401 = tokens.requestCount();
                    }
                    replaysAfter401++;
                    rejected = token;
                    continue;
                }
                if (outcome.deletedByEarlierAttempt(e)) {
                    LOG.info("{} {} {}: the replay answered HTTP 404, so the earlier attempt deleted it",
                            request.method(), request.verb(), request.path());
                    return new SfmcResponse(e.getStatusCode(), e.getStatusText(), e.getResponseHeaders(), new byte[0]);
                }
                Exception failure = outcome.answered(e);
                if (!budget.awaitRetry(retryDelay(e, request, budget.retries()))) {
                    throw rethrow(failure);
                }
            } catch (IOException e) {
                TransportFailure kind = TransportFailure.of(e);
                Exception failure = outcome.failed(e, kind);
                if (!budget.awaitRetry(transportRetryDelay(kind, request, budget.retries()))) {
                    throw rethrow(failure);
                }
            }
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

    private SfmcResponse send(SfmcRequest request, AccessToken token, int attempt)
            throws IOException, SfmcJourneyApiException {
        String base = target.base(token);
        lastBaseUrl = base;
        String url = RestTarget.url(base, request);
        BasicClassicHttpRequest message = new BasicClassicHttpRequest(request.verb(), URI.create(url));
        message.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.value());
        message.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        if (request.body() != null) {
            message.setEntity(new ByteArrayEntity(request.body(), ContentType.APPLICATION_JSON));
        }
        long start = System.nanoTime();
        SfmcResponse response;
        try {
            response = SfmcHttpExchange.send(http, message, request.method());
        } catch (IOException e) {
            LOG.debug("{} {} {} failed on attempt {} after {} ms: {}", request.method(), request.verb(),
                    request.path(), attempt, elapsedMillis(start), e.toString());
            throw e;
        }
        LOG.debug("{} {} {} -> HTTP {} on attempt {} in {} ms", request.method(), request.verb(), request.path(),
                response.statusCode(), attempt, elapsedMillis(start));
        int status = response.statusCode();
        if (status / 100 == 2 || status == HttpStatus.SC_NOT_MODIFIED) {
            return response;
        }
        throw apiError(request, url, response);
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
