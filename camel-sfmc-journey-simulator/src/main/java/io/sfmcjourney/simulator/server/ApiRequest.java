package io.sfmcjourney.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.simulator.state.AccountState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One parsed request as handlers see it: path variables, query, headers, body and the caller's account. */
public final class ApiRequest {

    private final String verb;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> queryIgnoreCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> headers;
    private final String body;
    private Map<String, String> pathVariables = Map.of();
    private AccountState account;
    private JsonNode parsed;

    public ApiRequest(String verb, Map<String, List<String>> query, Map<String, String> headers, String body) {
        this.verb = verb;
        this.query = query;
        this.queryIgnoreCase.putAll(query);
        this.headers = headers;
        this.body = body;
    }

    public String verb() {
        return verb;
    }

    public Map<String, List<String>> query() {
        return query;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    public String body() {
        return body;
    }

    public void pathVariables(Map<String, String> values) {
        this.pathVariables = values;
    }

    public String path(String variable) {
        return pathVariables.get(variable);
    }

    public AccountState account() {
        return account;
    }

    public void account(AccountState account) {
        this.account = account;
    }

    /** First value of a query parameter (name matched case-insensitively), or {@code null}. */
    public String param(String name) {
        List<String> values = queryIgnoreCase.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A non-blank query parameter, or {@code null}. */
    public String nonBlankParam(String name) {
        String value = param(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Integer intParam(String name) {
        String value = nonBlankParam(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiException.wrongType(name);
        }
    }

    /** {@code true}/{@code false} (case-insensitive), or the default when absent. */
    public boolean boolParam(String name, boolean defaultValue) {
        String value = nonBlankParam(name);
        if (value == null) {
            return defaultValue;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw ApiException.wrongType(name);
    }

    public boolean hasBody() {
        return body != null && !body.isBlank();
    }

    /** The body as JSON; an empty or broken body is a 400/10004. */
    public JsonNode json() {
        if (parsed == null) {
            if (!hasBody()) {
                throw ApiException.malformed();
            }
            parsed = Json.parse(body);
        }
        return parsed;
    }

    /** The body as a JSON object; anything else is a 400/10004. */
    public ObjectNode jsonObject() {
        JsonNode node = json();
        if (!node.isObject()) {
            throw ApiException.malformed();
        }
        return (ObjectNode) node;
    }

    /** The body as a JSON object, or an empty object when no body was sent. */
    public ObjectNode jsonObjectOrEmpty() {
        return hasBody() ? jsonObject() : Json.object();
    }
}
