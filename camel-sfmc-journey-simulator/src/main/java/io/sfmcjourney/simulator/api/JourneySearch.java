package io.sfmcjourney.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.sfmcjourney.simulator.server.ApiException;
import io.sfmcjourney.simulator.server.ApiRequest;
import io.sfmcjourney.simulator.state.Journey;
import io.sfmcjourney.simulator.state.JourneyStatus;
import io.sfmcjourney.simulator.state.JourneyVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filters and order of {@code GET /interactions}: status, nameOrDescription, mostRecentVersionOnly (default
 * true), id, key, versionNumber, definitionType=transactional, tag, $orderBy (default ModifiedDate DESC).
 */
final class JourneySearch {

    private final JourneyStatus status;
    private final boolean mostRecentOnly;
    private final String id;
    private final String key;
    private final Integer versionNumber;
    private final boolean transactionalOnly;
    private final String nameOrDescription;
    private final String tag;
    private final Comparator<JourneyVersion> order;

    private JourneySearch(ApiRequest request) {
        String statusText = request.nonBlankParam("status");
        this.status = statusText == null ? null : JourneyStatus.parse(statusText);
        if (statusText != null && status == null) {
            throw ApiException.invalid("Invalid value for status: " + statusText + ".");
        }
        this.mostRecentOnly = request.boolParam("mostRecentVersionOnly", true);
        this.id = request.nonBlankParam("id");
        this.key = request.nonBlankParam("key");
        this.versionNumber = request.intParam("versionNumber");
        String definitionType = request.nonBlankParam("definitionType");
        if (definitionType != null && !definitionType.equalsIgnoreCase("transactional")) {
            throw ApiException.invalid("The only supported definitionType is transactional.");
        }
        this.transactionalOnly = definitionType != null;
        String needle = request.nonBlankParam("nameOrDescription");
        this.nameOrDescription = needle == null ? null : needle.toLowerCase(Locale.ROOT);
        this.tag = request.nonBlankParam("tag");
        this.order = order(request.nonBlankParam("$orderBy"));
    }

    static JourneySearch from(ApiRequest request) {
        return new JourneySearch(request);
    }

    /** Matching versions in the requested order. */
    List<JourneyVersion> run(List<Journey> journeys) {
        List<JourneyVersion> matches = new ArrayList<>();
        Map<JourneyVersion, Integer> creationOrder = new HashMap<>();
        for (Journey journey : journeys) {
            if ((id != null && !journey.id().equalsIgnoreCase(id)) || (key != null && !journey.key().equalsIgnoreCase(key))) {
                continue;
            }
            JourneyVersion newest = null;
            for (JourneyVersion version : journey.versions()) {
                if (matches(version)) {
                    if (!mostRecentOnly) {
                        matches.add(version);
                        creationOrder.put(version, creationOrder.size());
                    } else if (newest == null || version.number() > newest.number()) {
                        newest = version;
                    }
                }
            }
            if (newest != null) {
                matches.add(newest);
                creationOrder.put(newest, creationOrder.size());
            }
        }
        matches.sort(order.thenComparing(creationOrder::get));
        return matches;
    }

    private boolean matches(JourneyVersion version) {
        if (status == null ? version.status() == JourneyStatus.Deleted : version.status() != status) {
            return false;
        }
        if (versionNumber != null && version.number() != versionNumber) {
            return false;
        }
        if (transactionalOnly && !version.text("definitionType").equalsIgnoreCase("Transactional")) {
            return false;
        }
        if (nameOrDescription != null
                && !version.text("name").toLowerCase(Locale.ROOT).contains(nameOrDescription)
                && !version.text("description").toLowerCase(Locale.ROOT).contains(nameOrDescription)) {
            return false;
        }
        return tag == null || hasTag(version.field("tags"));
    }

    private boolean hasTag(JsonNode tags) {
        for (JsonNode candidate : tags) {
            String name = candidate.isTextual() ? candidate.asText() : candidate.path("name").asText();
            if (name.equalsIgnoreCase(tag)) {
                return true;
            }
        }
        return false;
    }

    private static Comparator<JourneyVersion> order(String orderBy) {
        if (orderBy == null) {
            return byModified().reversed();
        }
        String[] parts = orderBy.trim().split("\\s+");
        boolean descending = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
        if (parts.length > 2 || (parts.length == 2 && !descending && !parts[1].equalsIgnoreCase("asc"))) {
            throw ApiException.invalid("Invalid value for $orderBy: " + orderBy + ".");
        }
        Comparator<JourneyVersion> comparator = switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "modifieddate" -> byModified();
            case "createddate" -> Comparator.comparing(v -> v.text("createdDate"));
            case "name" -> Comparator.comparing(v -> v.name().toLowerCase(Locale.ROOT));
            case "performance" -> Comparator.comparingLong(JourneyVersion::cumulativePopulation);
            default -> throw ApiException.invalid("Invalid value for $orderBy: " + orderBy + ".");
        };
        return descending ? comparator.reversed() : comparator;
    }

    private static Comparator<JourneyVersion> byModified() {
        return Comparator.comparing(JourneyVersion::modifiedAt);
    }
}
