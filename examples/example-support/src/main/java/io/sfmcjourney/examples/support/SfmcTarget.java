package io.sfmcjourney.examples.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.sfmcjourney.simulator.SfmcSimulator;

/**
 * Where an example sends its calls: a real SFMC tenant when {@code SFMC_CLIENT_ID}, {@code SFMC_CLIENT_SECRET} and
 * {@code SFMC_SUBDOMAIN} are set (plus the optional {@code SFMC_ACCOUNT_ID}), otherwise an embedded simulator on a free
 * loopback port. It hands out connection properties ({@code sfmc.client-id}, {@code sfmc.client-secret},
 * {@code sfmc.subdomain}, {@code sfmc.auth-url}, {@code sfmc.account-id}; the ones that do not apply are empty) that an
 * example's configuration maps onto the component, e.g.
 * {@code camel.component.sfmc-journey.client-secret = {{sfmc.client-secret}}}, and a one-line description for the
 * start banner. Closing it stops a simulator it started.
 */
public final class SfmcTarget implements AutoCloseable {

    /** The environment variable of the installed package's client id. */
    public static final String CLIENT_ID = "SFMC_CLIENT_ID";
    /** The environment variable of the installed package's client secret. */
    public static final String CLIENT_SECRET = "SFMC_CLIENT_SECRET";
    /** The environment variable of the tenant subdomain (first label of the package's Authentication Base URI). */
    public static final String SUBDOMAIN = "SFMC_SUBDOMAIN";
    /** The optional environment variable of the business unit's MID. */
    public static final String ACCOUNT_ID = "SFMC_ACCOUNT_ID";

    /** The property of the client id. */
    public static final String CLIENT_ID_PROPERTY = "sfmc.client-id";
    /** The property of the client secret. */
    public static final String CLIENT_SECRET_PROPERTY = "sfmc.client-secret";
    /** The property of the tenant subdomain; empty for the simulator. */
    public static final String SUBDOMAIN_PROPERTY = "sfmc.subdomain";
    /** The property of the token URL; set only for the simulator. */
    public static final String AUTH_URL_PROPERTY = "sfmc.auth-url";
    /** The property of the business unit's MID; empty for the package's own business unit. */
    public static final String ACCOUNT_ID_PROPERTY = "sfmc.account-id";

    private final Map<String, String> properties;
    private final String description;
    private final SfmcSimulator ownedSimulator;

    private SfmcTarget(Map<String, String> properties, String description, SfmcSimulator ownedSimulator) {
        this.properties = properties;
        this.description = description;
        this.ownedSimulator = ownedSimulator;
    }

    /**
     * Real SFMC when the three credential variables are set, otherwise a simulator from {@code simulatorFactory}
     * (started only in that case, and stopped by {@link #close()}).
     *
     * @throws IllegalArgumentException when only some credential variables are set, naming the missing ones
     */
    public static SfmcTarget fromEnvironment(Map<String, String> environment, Supplier<SfmcSimulator> simulatorFactory) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : List.of(CLIENT_ID, CLIENT_SECRET, SUBDOMAIN)) {
            (isBlank(environment.get(name)) ? missing : present).add(name);
        }
        if (present.isEmpty()) {
            SfmcSimulator simulator = simulatorFactory.get();
            return new SfmcTarget(simulatorProperties(simulator), simulatorDescription(simulator), simulator);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("To use real SFMC set all of " + CLIENT_ID + ", " + CLIENT_SECRET + " and "
                                               + SUBDOMAIN + "; missing: " + String.join(", ", missing)
                                               + ". Unset them all to use the embedded simulator.");
        }
        return realSfmc(environment);
    }

    /** {@link #fromEnvironment(Map, Supplier)} with the process environment and a simulator with default options. */
    public static SfmcTarget fromEnvironment() {
        return fromEnvironment(System.getenv(), () -> SfmcSimulator.builder().start());
    }

    /** A simulator someone else started and will stop (tests), logged in as its demo package. */
    public static SfmcTarget simulator(SfmcSimulator simulator) {
        return new SfmcTarget(simulatorProperties(simulator), simulatorDescription(simulator), null);
    }

    private static SfmcTarget realSfmc(Map<String, String> environment) {
        String subdomain = environment.get(SUBDOMAIN).trim();
        String accountId = isBlank(environment.get(ACCOUNT_ID)) ? "" : environment.get(ACCOUNT_ID).trim();
        Map<String, String> properties = properties(environment.get(CLIENT_ID).trim(),
                environment.get(CLIENT_SECRET).trim(), subdomain, "", accountId);
        String businessUnit = accountId.isEmpty() ? "the package's own business unit"
                : "business unit (MID) " + accountId;
        return new SfmcTarget(properties, "real SFMC: tenant " + subdomain + ", " + businessUnit + ", client id "
                                          + masked(environment.get(CLIENT_ID).trim()), null);
    }

    private static Map<String, String> simulatorProperties(SfmcSimulator simulator) {
        return properties(SfmcSimulator.DEMO_CLIENT_ID, SfmcSimulator.DEMO_CLIENT_SECRET, "", simulator.authUrl(), "");
    }

    private static Map<String, String> properties(String clientId, String clientSecret, String subdomain,
            String authUrl, String accountId) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(CLIENT_ID_PROPERTY, clientId);
        properties.put(CLIENT_SECRET_PROPERTY, clientSecret);
        properties.put(SUBDOMAIN_PROPERTY, subdomain);
        properties.put(AUTH_URL_PROPERTY, authUrl);
        properties.put(ACCOUNT_ID_PROPERTY, accountId);
        return properties;
    }

    private static String simulatorDescription(SfmcSimulator simulator) {
        return "the embedded SFMC simulator at " + simulator.baseUrl() + " (set " + CLIENT_ID + ", " + CLIENT_SECRET
               + " and " + SUBDOMAIN + " to use your tenant)";
    }

    /** Whether calls go to a simulator. */
    public boolean isSimulator() {
        return properties.get(SUBDOMAIN_PROPERTY).isEmpty();
    }

    /**
     * The five {@code sfmc.*} connection properties, each present (empty when it does not apply). They include the
     * client secret: pass them on, never print them.
     */
    public Map<String, String> properties() {
        return Map.copyOf(properties);
    }

    /** What the example talks to, for the start banner; never contains the secret. */
    public String description() {
        return description;
    }

    /** The start banner: {@code Using <description>}. */
    public String banner() {
        return "Using " + description;
    }

    /**
     * The start banner, and against a real tenant also what the example is about to create there and how to remove
     * it again, so that nobody changes a tenant unawares.
     *
     * @param creates     what the example creates or changes in the tenant
     * @param howToRemove the command (or steps) that remove it
     */
    public String announcement(String creates, String howToRemove) {
        if (isSimulator()) {
            return banner();
        }
        return banner() + System.lineSeparator()
               + "This example changes your tenant: " + creates + System.lineSeparator()
               + "To remove it again: " + howToRemove;
    }

    @Override
    public void close() {
        if (ownedSimulator != null) {
            ownedSimulator.close();
        }
    }

    @Override
    public String toString() {
        return "SfmcTarget[" + description + "]";
    }

    private static String masked(String clientId) {
        return clientId.length() <= 4 ? "****" : clientId.substring(0, 4) + "****";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
