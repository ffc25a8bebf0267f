package io.sfmcjourney.simulator.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** All known API methods; finds the most specific route for a verb and decoded path. */
public final class RouteTable {

    private final List<Route> routes = new ArrayList<>();

    /** Registers a method; {@code template} is the full path, e.g. {@code /interaction/v1/interactions/{id}}. */
    public RouteTable add(String method, String verb, String template, Endpoint endpoint) {
        routes.add(new Route(method, verb, template, endpoint));
        return this;
    }

    public List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    /** The outcome of routing one request. */
    public record Match(Route route, Map<String, String> variables, boolean wrongVerb) {

        public boolean found() {
            return route != null;
        }
    }

    public Match find(String verb, List<String> segments) {
        Route best = null;
        Map<String, String> bestValues = null;
        boolean pathKnown = false;
        for (Route route : routes) {
            if (route.length() != segments.size()) {
                continue;
            }
            Map<String, String> values = route.match(segments);
            if (values == null) {
                continue;
            }
            pathKnown = true;
            if (route.verb().equalsIgnoreCase(verb) && (best == null || route.specificity() > best.specificity())) {
                best = route;
                bestValues = values;
            }
        }
        return new Match(best, bestValues, best == null && pathKnown);
    }
}
