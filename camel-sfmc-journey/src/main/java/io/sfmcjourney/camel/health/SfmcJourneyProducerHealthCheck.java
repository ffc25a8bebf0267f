package io.sfmcjourney.camel.health;

import java.util.Map;

import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.SfmcJourneyEndpoint;
import io.sfmcjourney.camel.auth.SfmcCredentials;
import io.sfmcjourney.camel.auth.SfmcTokenManager;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of an {@code sfmc-journey} producer: UP when a token can be obtained for its credentials (a cached token
 * counts, so a check costs no request while one is valid, also while its renewal fails); DOWN when the token endpoint
 * refuses the credentials or cannot be reached. While the token manager backs off a failing endpoint, a check reports
 * the last failure without a new request, so probes never hammer the token endpoint. Details name the auth URL,
 * client id, account id and, on refusal, the HTTP status and SFMC's error; never the client secret or a token. It is a
 * readiness check only ({@link #isLiveness()} is false).
 * <p>
 * Registered in Camel's {@code producers} health-check repository, which is off unless
 * {@code camel.health.producersEnabled=true}; the component option {@code healthCheckProducerEnabled} switches it off
 * per component.
 */
public final class SfmcJourneyProducerHealthCheck extends AbstractHealthCheck {

    /** Detail key: the token URL. */
    public static final String AUTH_URL = "sfmc.auth.url";
    /** Detail key: the client id. */
    public static final String CLIENT_ID = "sfmc.client.id";
    /** Detail key: the account id (MID), when configured. */
    public static final String ACCOUNT_ID = "sfmc.account.id";
    /** Detail key: SFMC's or OAuth's error text of a refused token request. */
    public static final String SFMC_ERROR = "sfmc.error";

    private static final String REPOSITORY = "producers";

    private final SfmcTokenManager tokens;
    private WritableHealthCheckRepository repository;

    private SfmcJourneyProducerHealthCheck(SfmcJourneyEndpoint endpoint, SfmcTokenManager tokens) {
        super("camel", "producer:sfmc-journey-" + endpoint.getId());
        this.tokens = tokens;
    }

    /** Readiness only: an SFMC outage or refused credentials must never get a healthy process restarted. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    /**
     * Adds a check for this endpoint's producer to the {@code producers} repository, enabled per the component's
     * {@code healthCheckProducerEnabled}.
     *
     * @return the registered check, or null when camel-health provides no producers repository
     */
    public static SfmcJourneyProducerHealthCheck register(SfmcJourneyEndpoint endpoint, SfmcTokenManager tokens) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), REPOSITORY, WritableHealthCheckRepository.class);
        if (repository == null) {
            return null;
        }
        SfmcJourneyProducerHealthCheck check = new SfmcJourneyProducerHealthCheck(endpoint, tokens);
        check.setCamelContext(endpoint.getCamelContext());
        check.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
        check.repository = repository;
        repository.addHealthCheck(check);
        return check;
    }

    /** Removes this check from its repository. */
    public void unregister() {
        if (repository != null) {
            repository.removeHealthCheck(this);
            repository = null;
        }
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        SfmcCredentials credentials = tokens.credentials();
        builder.detail(AUTH_URL, credentials.authUrl());
        builder.detail(CLIENT_ID, credentials.clientId());
        if (credentials.accountId() != null) {
            builder.detail(ACCOUNT_ID, credentials.accountId());
        }
        try {
            tokens.token();
            builder.up();
        } catch (SfmcJourneyApiException e) {
            builder.detail(SERVICE_STATUS_CODE, e.getStatusCode());
            if (e.getSfmcMessage() != null) {
                builder.detail(SFMC_ERROR, e.getSfmcMessage());
            }
            if (e.getErrorCode() != null) {
                builder.detail(SERVICE_ERROR_CODE, e.getErrorCode());
            }
            builder.message(e.getMessage()).error(e).down();
        } catch (Exception e) {
            builder.message(e.getMessage()).error(e).down();
        }
    }
}
