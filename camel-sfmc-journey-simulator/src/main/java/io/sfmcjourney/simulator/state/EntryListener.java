package io.sfmcjourney.simulator.state;

import io.sfmcjourney.simulator.AcceptedEvent;

/** Told about every accepted entry event (feeds counters and the accepted-events list). */
@FunctionalInterface
public interface EntryListener {

    void accepted(AcceptedEvent event);
}
