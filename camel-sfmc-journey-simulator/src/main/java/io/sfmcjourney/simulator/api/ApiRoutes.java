package io.sfmcjourney.simulator.api;

import io.sfmcjourney.simulator.server.RouteTable;
import java.util.Set;

/** Builds the route table of every simulated method. */
public final class ApiRoutes {

    /** Prefix of every Journey Builder path. */
    public static final String V1 = "/interaction/v1/";

    /** Methods that need no bearer token. */
    public static final Set<String> PUBLIC_METHODS = Set.of(TokenEndpoint.METHOD, "discovery");

    private ApiRoutes() {
    }

    public static RouteTable build(ApiContext context) {
        RouteTable routes = new RouteTable();
        new TokenEndpoint(context.tokens()).register(routes);
        new JourneyEndpoints(context).register(routes);
        new LifecycleEndpoints(context).register(routes);
        new EventDefinitionEndpoints(context).register(routes);
        new EntryEventEndpoints(context).register(routes);
        new HistoryEndpoints(context).register(routes);
        new StatisticsEndpoints(context).register(routes);
        new MiscEndpoints().register(routes);
        new ContactEndpoints(context).register(routes);
        new HistoryDownloadEndpoints(context).register(routes);
        return routes;
    }
}
