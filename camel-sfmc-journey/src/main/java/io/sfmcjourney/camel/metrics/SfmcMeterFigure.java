package io.sfmcjourney.camel.metrics;

import java.util.Map;

/**
 * One meter as the dev console shows it.
 *
 * @param name   the meter name, e.g. {@code sfmc.journey.calls}
 * @param tags   its tags, sorted by name
 * @param values its measurements by statistic (Micrometer's names in lower case: count, total_time, max, value, ...)
 */
public record SfmcMeterFigure(String name, Map<String, String> tags, Map<String, Double> values) {
}
