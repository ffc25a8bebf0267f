package io.sfmcjourney.camel;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import io.sfmcjourney.camel.client.SfmcRestClient;
import org.apache.camel.Message;

/**
 * Picks the REST client of a message's business unit: the header {@link SfmcJourneyConstants#ACCOUNT_ID} overrides
 * the endpoint's {@code accountId} for one exchange. Each business unit gets its own client, and through the
 * component's token managers its own token per (client, account). Thread-safe.
 */
final class BusinessUnitClients {

    private static final Pattern MID = Pattern.compile("\\d{1,18}");

    private final SfmcJourneyEndpoint endpoint;
    private final SfmcRestClient defaultClient;
    private final ConcurrentMap<String, SfmcRestClient> byAccount = new ConcurrentHashMap<>();

    BusinessUnitClients(SfmcJourneyEndpoint endpoint, SfmcRestClient defaultClient) {
        this.endpoint = endpoint;
        this.defaultClient = defaultClient;
    }

    /**
     * The client for {@code message}: the endpoint's own without the header (or with the header naming the
     * endpoint's account), else the client of the header's business unit.
     *
     * @throws IllegalArgumentException when the header is not a MID, or names another business unit for a method
     *                                  that cannot follow it (see {@link #requireEndpointAccount})
     */
    SfmcRestClient forMessage(Message message) {
        String accountId = overriddenAccount(endpoint, message);
        if (accountId == null) {
            return defaultClient;
        }
        if (endpoint.getMethod().startsPublish()) {
            throw unsupported(endpoint, accountId, "the publish follow-up (publishStatus consumers, waitForPublish) "
                                                   + "reads statuses with the endpoint's account");
        }
        return byAccount.computeIfAbsent(accountId, endpoint::createRestClient);
    }

    /**
     * For producers that serve one business unit only (postAsyncEvents): refuses a message whose header names another
     * account than the endpoint's, rather than sending its contacts to the wrong business unit.
     */
    static void requireEndpointAccount(SfmcJourneyEndpoint endpoint, Message message) {
        String accountId = overriddenAccount(endpoint, message);
        if (accountId != null) {
            throw unsupported(endpoint, accountId, "postAsyncEvents sends every message through the endpoint's account");
        }
    }

    /** The header's MID when it names another account than the endpoint's; null otherwise. */
    private static String overriddenAccount(SfmcJourneyEndpoint endpoint, Message message) {
        Object value = message.getHeader(SfmcJourneyConstants.ACCOUNT_ID);
        if (value == null) {
            return null;
        }
        String accountId = value.toString().trim();
        if (!MID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("Header " + SfmcJourneyConstants.ACCOUNT_ID + " must be the MID of a "
                                               + "business unit (digits only, e.g. 510000123), but was '" + value + "'");
        }
        return accountId.equals(endpoint.getCredentials().accountId()) ? null : accountId;
    }

    private static IllegalArgumentException unsupported(SfmcJourneyEndpoint endpoint, String accountId, String why) {
        return new IllegalArgumentException("Header " + SfmcJourneyConstants.ACCOUNT_ID + "=" + accountId
                                            + " is not supported by " + endpoint.getMethod() + ": " + why
                                            + "; use an endpoint with accountId=" + accountId + " instead");
    }
}
