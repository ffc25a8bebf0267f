package io.sfmcjourney.camel.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.sfmcjourney.camel.model.HistoryRecord;
import org.junit.jupiter.api.Test;

class EntryVerdictTest {

    @Test
    void aCompleteTriggerOrAReachedActivityIsEntered() {
        assertThat(EntryVerdict.of(List.of(record("Trigger", "Complete"), record("WAIT", "Waiting"))))
                .isEqualTo(new EntryVerdict.Decision(EntryOutcome.ENTERED, "Complete"));
        assertThat(EntryVerdict.of(List.of(record("EMAILV2", "Failed"))))
                .isEqualTo(new EntryVerdict.Decision(EntryOutcome.ENTERED, "Failed"));
    }

    @Test
    void aRefusalOrATriggerThatDidNotCompleteIsNotEnteredWithThatStatus() {
        assertThat(EntryVerdict.of(List.of(record("Trigger", "ContactAlreadyInInteraction"))))
                .isEqualTo(new EntryVerdict.Decision(EntryOutcome.NOT_ENTERED, "ContactAlreadyInInteraction"));
        assertThat(EntryVerdict.of(List.of(record("Trigger", "Failed"))))
                .isEqualTo(new EntryVerdict.Decision(EntryOutcome.NOT_ENTERED, "Failed"));
        assertThat(EntryVerdict.of(List.of(record("", "didnotmeetentrycriteria"))).outcome())
                .isEqualTo(EntryOutcome.NOT_ENTERED);
    }

    @Test
    void oneJourneyLettingTheContactInIsEnoughAndNoRecordsDecideNothing() {
        assertThat(EntryVerdict.of(List.of(record("Trigger", "InteractionNotPublished"), record("Trigger", "Complete")))
                .outcome()).isEqualTo(EntryOutcome.ENTERED);
        assertThat(EntryVerdict.of(List.of())).isNull();
    }

    private static HistoryRecord record(String activityType, String status) {
        HistoryRecord record = new HistoryRecord();
        record.setActivityType(activityType);
        record.setStatus(status);
        return record;
    }
}
