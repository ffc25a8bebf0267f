package io.sfmcjourney.simulator.junit;

import io.sfmcjourney.simulator.SfmcSimulator;
import io.sfmcjourney.simulator.SimulatorCredentials;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs one {@link SfmcSimulator} per test class and resets its state before each test.
 * Test methods and constructors may take the {@link SfmcSimulator} and its demo {@link SimulatorCredentials}.
 *
 * <pre>{@code
 * @ExtendWith(SfmcSimulatorExtension.class)           // defaults
 * class MyTest { @Test void t(SfmcSimulator sim, SimulatorCredentials credentials) { ... } }
 *
 * @RegisterExtension                                   // customised
 * static SfmcSimulatorExtension SIM = SfmcSimulatorExtension.create(b -> b.publishDelay(Duration.ZERO));
 * }</pre>
 *
 * Registered on an instance field, the simulator lives for one test method instead.
 */
public final class SfmcSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Consumer<SfmcSimulator.Builder> customizer;
    private final boolean resetBeforeEach;
    private SfmcSimulator simulator;
    private String owner;

    /** Default simulator, reset before each test (used by {@code @ExtendWith}). */
    public SfmcSimulatorExtension() {
        this(builder -> { }, true);
    }

    private SfmcSimulatorExtension(Consumer<SfmcSimulator.Builder> customizer, boolean resetBeforeEach) {
        this.customizer = customizer;
        this.resetBeforeEach = resetBeforeEach;
    }

    /** A simulator built with this customizer, reset before each test. */
    public static SfmcSimulatorExtension create(Consumer<SfmcSimulator.Builder> customizer) {
        return new SfmcSimulatorExtension(customizer, true);
    }

    /** The same extension, keeping state between tests of the class. */
    public SfmcSimulatorExtension withoutResetBeforeEach() {
        return new SfmcSimulatorExtension(customizer, false);
    }

    /** The running simulator; {@code IllegalStateException} outside a test. */
    public SfmcSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only while the test class executes");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startIfNeeded(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!startIfNeeded(context) && resetBeforeEach) {
            simulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfOwner(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfOwner(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SfmcSimulator.class || type == SimulatorCredentials.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        startIfNeeded(context);
        if (parameter.getParameter().getType() == SimulatorCredentials.class) {
            return simulator.demoCredentials();
        }
        return simulator;
    }

    private synchronized boolean startIfNeeded(ExtensionContext context) {
        if (simulator != null) {
            return false;
        }
        SfmcSimulator.Builder builder = SfmcSimulator.builder();
        customizer.accept(builder);
        simulator = builder.start();
        owner = context.getUniqueId();
        return true;
    }

    private synchronized void stopIfOwner(ExtensionContext context) {
        if (simulator != null && context.getUniqueId().equals(owner)) {
            simulator.close();
            simulator = null;
            owner = null;
        }
    }
}
