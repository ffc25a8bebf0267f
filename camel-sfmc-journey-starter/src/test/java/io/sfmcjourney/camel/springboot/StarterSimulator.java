package io.sfmcjourney.camel.springboot;

import io.sfmcjourney.simulator.SfmcSimulator;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one simulator the tests of this module share (started on first use, on a free loopback port) and the
 * properties that point the test resource {@code application.yaml} at it. The client secret comes from the
 * environment variable {@code SFMC_CLIENT_SECRET}, which Surefire sets.
 */
final class StarterSimulator {

    static final String CLIENT_ID = "starter-client";
    /** The default MID of {@link #CLIENT_ID}. */
    static final String ACCOUNT_ID = "100010";
    /** A second MID {@link #CLIENT_ID} may act in. */
    static final String SECOND_ACCOUNT_ID = "100020";

    static final String BU2_CLIENT_ID = "bu2-client";
    static final String BU2_CLIENT_SECRET = "bu2-secret-value-7f3c";
    static final String BU2_ACCOUNT_ID = "300030";

    static final SfmcSimulator SIM = start();

    private StarterSimulator() {
    }

    /** The secret of {@link #CLIENT_ID}: the value of the environment variable {@code SFMC_CLIENT_SECRET}. */
    static String clientSecret() {
        String secret = System.getenv("SFMC_CLIENT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("Run the tests through Maven (Surefire sets SFMC_CLIENT_SECRET) or set "
                                            + "the environment variable SFMC_CLIENT_SECRET");
        }
        return secret;
    }

    /** SFMC_CLIENT_ID and SFMC_AUTH_URL, which the test resource application.yaml reads. */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("SFMC_CLIENT_ID", () -> CLIENT_ID);
        registry.add("SFMC_AUTH_URL", SIM::authUrl);
    }

    private static SfmcSimulator start() {
        SfmcSimulator simulator = SfmcSimulator.builder().port(0)
                .client(CLIENT_ID, clientSecret(), ACCOUNT_ID)
                .client(CLIENT_ID, clientSecret(), SECOND_ACCOUNT_ID)
                .client(BU2_CLIENT_ID, BU2_CLIENT_SECRET, BU2_ACCOUNT_ID)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "starter-simulator-stop"));
        return simulator;
    }
}
