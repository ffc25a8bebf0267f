package io.sfmcjourney.simulator.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One API method: discovery name, HTTP verb and path template. Template segments are literals
 * (matched case-insensitively), {@code {var}} (any segment) or {@code key:{var}} (a segment starting with "key:").
 */
public final class Route {

    private static final String KEY_PREFIX = "key:";

    private final String method;
    private final String verb;
    private final String template;
    private final List<String> literals = new ArrayList<>();
    private final List<String> variables = new ArrayList<>();
    private final List<Boolean> keyed = new ArrayList<>();
    private final Endpoint endpoint;
    private final int specificity;

    public Route(String method, String verb, String template, Endpoint endpoint) {
        this.method = method;
        this.verb = verb.toUpperCase(Locale.ROOT);
        this.template = template;
        this.endpoint = endpoint;
        int score = 0;
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean key = segment.startsWith(KEY_PREFIX + "{");
            boolean variable = key || segment.startsWith("{");
            literals.add(variable ? null : segment.toLowerCase(Locale.ROOT));
            variables.add(variable ? segment.substring(segment.indexOf('{') + 1, segment.length() - 1) : null);
            keyed.add(key);
            score += variable ? (key ? 1 : 0) : 4;
        }
        this.specificity = score;
    }

    public String method() {
        return method;
    }

    public String verb() {
        return verb;
    }

    public String template() {
        return template;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    int specificity() {
        return specificity;
    }

    int length() {
        return literals.size();
    }

    /** Path variables when the decoded segments fit this template, else {@code null}. */
    Map<String, String> match(List<String> segments) {
        if (segments.size() != literals.size()) {
            return null;
        }
        Map<String, String> values = new HashMap<>(4);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            String literal = literals.get(i);
            if (literal != null) {
                if (!literal.equalsIgnoreCase(segment)) {
                    return null;
                }
            } else if (keyed.get(i)) {
                if (!segment.regionMatches(true, 0, KEY_PREFIX, 0, KEY_PREFIX.length())) {
                    return null;
                }
                values.put(variables.get(i), segment.substring(KEY_PREFIX.length()));
            } else {
                values.put(variables.get(i), segment);
            }
        }
        return values;
    }
}
