package io.sfmcjourney.camel.batch;

import java.util.EnumSet;
import java.util.Set;

import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Runs an action when the CamelContext or a route starts stopping, before Camel waits for in-flight exchanges. A
 * producer is not among the route services Camel prepares for shutdown, so this is how the batching producer learns
 * early that it should send the members still waiting (their exchanges are in flight and would hold up the shutdown).
 */
public final class StoppingListener extends EventNotifierSupport {

    private static final Set<CamelEvent.Type> STOPPING = EnumSet.of(CamelEvent.Type.CamelContextStopping,
            CamelEvent.Type.RoutesStopping, CamelEvent.Type.RouteStopping);

    private final Runnable action;

    public StoppingListener(Runnable action) {
        this.action = action;
        setIgnoreExchangeEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreServiceEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return STOPPING.contains(event.getType());
    }

    @Override
    public void notify(CamelEvent event) {
        action.run();
    }
}
