package io.sfmcjourney.simulator.state;

import io.sfmcjourney.simulator.JourneyValidationRule;
import io.sfmcjourney.simulator.Quirks;
import java.time.Duration;
import java.util.List;

/**
 * Options shared by every account.
 *
 * @param publishDelay          time a publish (or validate) stays in process
 * @param maxPageSize           largest page of journeys, history and async statuses
 * @param quirks                configurable unknowns
 * @param validationRules       publish/validate checks
 * @param asyncProcessingDelay  time a batch event stays "queued" before it is "processed"
 * @param asyncLogCapacity      batch event status records kept per account
 */
public record SimulatorSettings(Duration publishDelay, int maxPageSize, Quirks quirks,
        List<JourneyValidationRule> validationRules, Duration asyncProcessingDelay, int asyncLogCapacity) {
}
