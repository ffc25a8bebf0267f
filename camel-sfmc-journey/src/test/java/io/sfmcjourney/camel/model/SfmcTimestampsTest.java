package io.sfmcjourney.camel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SfmcTimestampsTest {

    @ParameterizedTest
    @CsvSource({
        "2016-08-31T15:53:45, 0",
        "2024-05-04T17:25:57.9, 900000000",
        "2016-08-31T15:53:45.82, 820000000",
        "2016-08-31T15:53:44.617, 617000000",
        "2016-08-31T15:53:44.6170, 617000000",
        "2016-08-31T15:53:44.61712, 617120000",
        "2016-08-31T15:53:44.617123, 617123000",
        "2016-08-31T15:53:44.6171234, 617123400"})
    void parsesZeroToSevenFractionDigits(String text, int nanos) {
        LocalDateTime parsed = SfmcTimestamps.parse(text);

        assertThat(parsed.toLocalDate()).hasToString(text.substring(0, 10));
        assertThat(parsed.getHour()).isEqualTo(Integer.parseInt(text.substring(11, 13)));
        assertThat(parsed.getSecond()).isEqualTo(Integer.parseInt(text.substring(17, 19)));
        assertThat(parsed.getNano()).isEqualTo(nanos);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00", "0001-01-01T00:00:00.0", "0001-01-01T00:00:00.000"})
    void neverSetSentinelParsesToNull(String sentinel) {
        assertThat(SfmcTimestamps.isNeverSet(sentinel)).isTrue();
        assertThat(SfmcTimestamps.parse(sentinel)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2016-08-31T15:53:45.82", "0001-01-01T00:00:01", "not a date"})
    void otherTextIsNotTheSentinel(String text) {
        assertThat(SfmcTimestamps.isNeverSet(text)).isFalse();
    }

    @Test
    void absentTextParsesToNull() {
        assertThat(SfmcTimestamps.parse(null)).isNull();
        assertThat(SfmcTimestamps.parse(" ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-08-31", "2016-08-31T15:53", "2016-08-31T15:53:45.12345678",
        "2016-02-30T00:00:00", "2016-08-31T15:53:45 UTC", "2016-08-31T15:53:45+25:00", "2016-13-01T00:00:00",
        "2016-08-31T24:00:00", "2016-08-31T23:60:00", "2016-08-31T23:59:60",
        "2016-08-31T15:53:4x", "2016-08-31 15:53:45", "+016-08-31T15:53:45", "2016-08-31T15:53:45.1a"})
    void rejectsTextOutsideSfmcFormat(String text) {
        assertThatThrownBy(() -> SfmcTimestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "2016-08-31T15:53:45, 0",
        "2024-05-04T17:25:57.9, 900000000",
        "2016-08-31T15:53:45.82, 820000000",
        "2016-08-31T15:53:44.617, 617000000",
        "2016-08-31T15:53:44.6171234, 617123400",
        "2016-08-31T15:53:44.6171234, 617123499"})
    void formatsWithTrimmedFractionAndAtMostSevenDigits(String expected, int nanos) {
        LocalDateTime time = LocalDateTime.parse(expected.substring(0, 19)).withNano(nanos);

        assertThat(SfmcTimestamps.format(time)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2016-08-31T15:53:45Z, 2016-08-31T15:53:45",
        "2016-08-31T15:53:45.82Z, 2016-08-31T15:53:45.820",
        "2016-08-31T17:53:45.5+02:00, 2016-08-31T15:53:45.500",
        "2016-08-31T09:53:45-06:00, 2016-08-31T15:53:45",
        "2016-12-31T23:30:00-01:00, 2017-01-01T00:30:00"})
    void textWithAnOffsetIsConvertedToUtc(String text, String utc) {
        assertThat(SfmcTimestamps.parse(text)).isEqualTo(LocalDateTime.parse(utc));
    }

    @Test
    void agreesWithIsoParsingOverManyTimesAndFractionLengths() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            LocalDateTime time = LocalDateTime.of(1900 + random.nextInt(300), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60));
            int digits = random.nextInt(8);
            String fraction = digits == 0 ? "" : "." + String.format("%07d", random.nextInt(10_000_000))
                    .substring(0, digits);
            String text = time + (time.getSecond() == 0 ? ":00" : "") + fraction;

            assertThat(SfmcTimestamps.parse(text)).as(text).isEqualTo(LocalDateTime.parse(text));
        }
    }

    @Test
    void formatAndParseAreInverse() {
        LocalDateTime time = LocalDateTime.of(2025, 1, 31, 3, 46, 39, 267_000_000);

        assertThat(SfmcTimestamps.format(time)).isEqualTo("2025-01-31T03:46:39.267");
        assertThat(SfmcTimestamps.parse(SfmcTimestamps.format(time))).isEqualTo(time);
        assertThat(SfmcTimestamps.format(null)).isNull();
    }
}
