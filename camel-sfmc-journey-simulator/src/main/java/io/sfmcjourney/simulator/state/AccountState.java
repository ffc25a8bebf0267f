package io.sfmcjourney.simulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.server.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything one business unit (MID) owns. Journey and event-definition changes run under this object's monitor
 * ({@link #locked}); entry events run lock-free against the trigger snapshot.
 */
public final class AccountState {

    private final String accountId;
    private final SimulatorSettings settings;
    private final Scheduler scheduler = new Scheduler();
    private final JourneyStore journeys = new JourneyStore();
    private final JourneyLifecycle lifecycle = new JourneyLifecycle(this);
    private final EventDefinitionStore eventDefinitions = new EventDefinitionStore();
    private final AsyncEventLog asyncEvents;
    private final Map<String, JsonNode> triggerTests = new ConcurrentHashMap<>();
    private final ContactMemberships memberships = new ContactMemberships();
    private volatile ObjectNode journeyMap = Json.object();
    private volatile TriggerIndex triggers = TriggerIndex.EMPTY;
    private volatile DormantTriggers dormantTriggers = DormantTriggers.EMPTY;
    private final JourneyMembership membership = new JourneyMembership();
    private final HeldEntries heldEntries = new HeldEntries();

    AccountState(String accountId, SimulatorSettings settings) {
        this.accountId = accountId;
        this.settings = settings;
        this.asyncEvents = new AsyncEventLog(settings.asyncLogCapacity(), settings.asyncProcessingDelay().toMillis());
    }

    public String accountId() {
        return accountId;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public JourneyStore journeys() {
        return journeys;
    }

    public JourneyLifecycle lifecycle() {
        return lifecycle;
    }

    public EventDefinitionStore eventDefinitions() {
        return eventDefinitions;
    }

    public AsyncEventLog asyncEvents() {
        return asyncEvents;
    }

    /** Which contacts wait in which journey versions. */
    public ContactMemberships memberships() {
        return memberships;
    }

    public Map<String, JsonNode> triggerTests() {
        return triggerTests;
    }

    public ObjectNode journeyMap() {
        return journeyMap.deepCopy();
    }

    public void journeyMap(ObjectNode map) {
        this.journeyMap = map.deepCopy();
    }

    Scheduler scheduler() {
        return scheduler;
    }

    TriggerIndex triggers() {
        return triggers;
    }

    /** Journeys the definitions name but that are paused or not published. */
    DormantTriggers dormantTriggers() {
        return dormantTriggers;
    }

    JourneyMembership membership() {
        return membership;
    }

    HeldEntries heldEntries() {
        return heldEntries;
    }

    /** Entries waiting for the resume of a paused journey. */
    public int heldEntries(String journeyId) {
        return heldEntries.held(journeyId);
    }

    /** Rebuilds the trigger snapshots after a journey was created or changed; call under the lock. */
    public void journeysChanged() {
        refreshTriggers();
    }

    /** Rebuilds the trigger snapshot after a status change; call under the lock. */
    void refreshTriggers() {
        triggers = TriggerIndex.build(journeys.all());
        dormantTriggers = DormantTriggers.build(journeys.all());
    }

    /** Runs an action under the account lock, after applying due deferred transitions. */
    public synchronized <T> T locked(Supplier<T> action) {
        scheduler.runDue(System.currentTimeMillis());
        return action.get();
    }

    /** Applies due deferred transitions (publish completion etc.) if there are any. */
    public void settleIfDue() {
        if (scheduler.isDue(System.currentTimeMillis())) {
            synchronized (this) {
                scheduler.runDue(System.currentTimeMillis());
            }
        }
    }

    /** Journeys whose latest version's trigger names the definition: {@code [all, published]}. */
    public synchronized int[] journeyCounts(EventDefinition definition) {
        int all = 0;
        int published = 0;
        for (Journey journey : journeys.all()) {
            if (journey.fullyDeleted()) {
                continue;
            }
            boolean uses = false;
            boolean running = false;
            for (JourneyVersion version : journey.versions()) {
                JsonNode trigger = version.trigger();
                String key = JourneyLifecycle.triggerEventKey(trigger);
                String id = JourneyLifecycle.triggerEventId(trigger);
                if (version.status() != JourneyStatus.Deleted
                        && (definition.key().equalsIgnoreCase(key) || definition.id().equalsIgnoreCase(id))) {
                    uses = true;
                    running |= version.status() == JourneyStatus.Published;
                }
            }
            all += uses ? 1 : 0;
            published += running ? 1 : 0;
        }
        return new int[] {all, published};
    }
}
