package io.sfmcjourney.camel;

import java.util.List;

import io.sfmcjourney.camel.confirm.EntryConfirmation;
import io.sfmcjourney.camel.confirm.EntryOutcome;
import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;

/**
 * With {@code confirmEntry=true} and {@code failOnNotEntered=true}: SFMC accepted the entry event, but its records say
 * the contact did not enter (outcome {@link EntryOutcome#NOT_ENTERED}); {@link #getReason()} is SFMC's reason, e.g.
 * {@code ContactAlreadyInInteraction}. Resending the same event will not change that. For a member list, the
 * exception names the first member that did not enter and {@link #getConfirmations()} carries every member's outcome.
 */
public class SfmcContactNotEnteredException extends CamelExchangeException {

    private static final long serialVersionUID = 1L;

    private final transient List<EntryConfirmation> confirmations;
    private final transient EntryConfirmation notEntered;

    public SfmcContactNotEnteredException(Exchange exchange, List<EntryConfirmation> confirmations) {
        super(message(firstNotEntered(confirmations)), exchange);
        this.confirmations = List.copyOf(confirmations);
        this.notEntered = firstNotEntered(confirmations);
    }

    /** {@link EntryOutcome#NOT_ENTERED}. */
    public EntryOutcome getOutcome() {
        return notEntered.outcome();
    }

    /** SFMC's reason (the journey history status, {@code errored}, or the member's errorcode). */
    public String getReason() {
        return notEntered.reason();
    }

    /** The contact that did not enter (the first one for a member list). */
    public String getContactKey() {
        return notEntered.contactKey();
    }

    /** The confirmation of the contact that did not enter (the first one for a member list). */
    public EntryConfirmation getConfirmation() {
        return notEntered;
    }

    /** Every confirmation of the exchange (one, or one per member). */
    public List<EntryConfirmation> getConfirmations() {
        return confirmations;
    }

    private static EntryConfirmation firstNotEntered(List<EntryConfirmation> confirmations) {
        return confirmations.stream().filter(c -> c.outcome() == EntryOutcome.NOT_ENTERED).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no confirmation says NOT_ENTERED"));
    }

    private static String message(EntryConfirmation notEntered) {
        return "Contact " + notEntered.contactKey() + " did not enter the journeys of event definition "
               + notEntered.eventDefinitionKey() + ": " + notEntered.reason()
               + (notEntered.message() == null ? "" : " (" + notEntered.message() + ")");
    }
}
