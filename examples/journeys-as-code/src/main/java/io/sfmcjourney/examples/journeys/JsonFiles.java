package io.sfmcjourney.examples.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON documents of a deployment folder and the changes the deployment makes to them: listing and loading files,
 * pointing a journey's trigger at the deployed event definition, and building the body that updates a Draft.
 * Bound as bean {@code jsonFiles}.
 */
public class JsonFiles {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * The paths of the {@code *.json} files of {@code folder}, by name; none when the folder does not exist. Paths
     * travel as Strings: Camel converts a {@code Path} or {@code File} to String by reading the file.
     */
    public List<String> list(String folderName) {
        Path folder = Path.of(folderName);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON object in {@code file}. */
    public Map<String, Object> load(String file) throws IOException {
        return mapper.readValue(Path.of(file).toFile(), MAP);
    }

    /** The event definition key the journey's first trigger names, or null. */
    public String triggerEventKey(Map<String, Object> journey) {
        Object key = triggerMetaData(journey).get("eventDefinitionKey");
        return key == null ? null : key.toString();
    }

    /** Sets the trigger's {@code eventDefinitionId}, as SFMC needs it next to the key. */
    public Map<String, Object> withEventDefinitionId(Map<String, Object> journey, String eventDefinitionId) {
        triggerMetaData(journey).put("eventDefinitionId", eventDefinitionId);
        return journey;
    }

    /**
     * The body of updateInteractionByKey for the Draft {@code existing}: the desired journey plus the version it
     * replaces and that version's modifiedDate (SFMC's optimistic lock).
     */
    public Map<String, Object> draftUpdate(Map<String, Object> journey, Map<String, Object> existing) {
        Map<String, Object> update = new LinkedHashMap<>(journey);
        update.put("id", existing.get("id"));
        update.put("version", existing.get("version"));
        update.put("modifiedDate", existing.get("modifiedDate"));
        return update;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> triggerMetaData(Map<String, Object> journey) {
        List<Map<String, Object>> triggers = (List<Map<String, Object>>) journey.get("triggers");
        if (triggers == null || triggers.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return (Map<String, Object>) triggers.get(0).computeIfAbsent("metaData",
                name -> new LinkedHashMap<String, Object>());
    }
}
