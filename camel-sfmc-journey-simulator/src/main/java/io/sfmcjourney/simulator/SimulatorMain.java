package io.sfmcjourney.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as a process:
 * {@code java -jar camel-sfmc-journey-simulator-<v>-standalone.jar --port 8080 [--host 127.0.0.1]
 * [--token-lifetime PT20M] [--publish-delay PT0.5S] [--client id:secret:mid]...}.
 */
public final class SimulatorMain {

    static final String USAGE = "Usage: java -jar camel-sfmc-journey-simulator-standalone.jar [--port 8080]"
            + " [--host 127.0.0.1] [--token-lifetime PT20M] [--publish-delay PT0.5S] [--max-page-size 500]"
            + " [--client clientId:clientSecret:accountId]...";

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SfmcSimulator simulator;
        try {
            simulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "sfmc-simulator-shutdown"));
        stopped.await();
    }

    /** Parses the arguments, starts the simulator and prints its URLs and the demo credentials; does not block. */
    public static SfmcSimulator start(String[] args, PrintStream out) {
        SfmcSimulator.Builder builder = parse(args);
        SfmcSimulator simulator = builder.start();
        out.println("SFMC Journey Builder simulator started");
        out.println("  Auth URL:        " + simulator.authUrl());
        out.println("  REST URL:        " + simulator.restUrl());
        out.println("  Demo client id:  " + SfmcSimulator.DEMO_CLIENT_ID);
        out.println("  Demo secret:     " + SfmcSimulator.DEMO_CLIENT_SECRET);
        out.println("  Demo account id: " + SfmcSimulator.DEMO_ACCOUNT_ID);
        for (Map.Entry<String, List<String>> client : builder.clientAccounts().entrySet()) {
            out.println("  Client " + client.getKey() + " for account ids " + client.getValue());
        }
        out.flush();
        return simulator;
    }

    /** Reads the command line into a builder; {@code IllegalArgumentException} for anything unknown or malformed. */
    static SfmcSimulator.Builder parse(String[] args) {
        SfmcSimulator.Builder builder = SfmcSimulator.builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("SFMC Journey Builder simulator");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(integer(option, value));
                case "--host" -> builder.host(value);
                case "--token-lifetime" -> builder.tokenLifetime(duration(option, value));
                case "--publish-delay" -> builder.publishDelay(duration(option, value));
                case "--max-page-size" -> builder.maxPageSize(integer(option, value));
                case "--client" -> {
                    String[] parts = value.split(":", -1);
                    if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                        throw new IllegalArgumentException("--client expects clientId:clientSecret:accountId");
                    }
                    builder.client(parts[0], parts[1], parts[2]);
                }
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return builder;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a number, got " + value);
        }
    }

    private static Duration duration(String option, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " expects an ISO-8601 duration such as PT20M, got " + value);
        }
    }
}
