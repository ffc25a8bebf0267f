package io.sfmcjourney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandaloneMainTest {

    @Test
    void startsFromCommandLineArgumentsAndPrintsHowToConnect() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SfmcSimulator simulator = SimulatorMain.start(new String[] {"--port", "0", "--host", "127.0.0.1",
            "--token-lifetime", "PT5M", "--publish-delay", "PT0S", "--client", "cli-id:cli-secret:300001"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains(simulator.authUrl(), simulator.restUrl(), SfmcSimulator.DEMO_CLIENT_ID,
                    SfmcSimulator.DEMO_CLIENT_SECRET, SfmcSimulator.DEMO_ACCOUNT_ID, "cli-id", "300001")
                    .doesNotContain("cli-secret");
            SimClient client = new SimClient(simulator);
            SimClient.Answer token = client.tokenRequest(SimClient.json("grant_type", "client_credentials",
                    "client_id", "cli-id", "client_secret", "cli-secret"));
            assertThat(token.status()).isEqualTo(200);
            assertThat(token.json().get("expires_in").asInt()).isEqualTo(300);
        } finally {
            simulator.close();
        }
    }

    @Test
    void rejectsUnknownOrMalformedOptions() {
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--colour", "red"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port", "eighty"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--token-lifetime", "20m"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--client", "only-id"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
