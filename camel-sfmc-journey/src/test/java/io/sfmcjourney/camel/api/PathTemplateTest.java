package io.sfmcjourney.camel.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Path values stay inside their segment whatever they contain. */
class PathTemplateTest {

    @Test
    void keyPrefixStaysLiteralAndHostileKeyIsOneEncodedSegment() {
        String path = SfmcJourneyMethod.publishInteractionByKey.path().render(v -> "a/../b?x#y");
        assertThat(path).isEqualTo("/interaction/v1/interactions/publishAsync/key:a%2F..%2Fb%3Fx%23y");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "../../oauth/token        | ..%2F..%2Foauth%2Ftoken",
        "..                       | %2E%2E",
        ".                        | %2E",
        "a%2Fb                    | a%252Fb",
        "a b+c&d=e;f,g            | a%20b%2Bc%26d%3De%3Bf%2Cg",
        "key:x                    | key%3Ax",
        "Grüße                    | Gr%C3%BC%C3%9Fe",
        "unreserved-._~AZaz09     | unreserved-._~AZaz09",
    })
    void encodesEverythingButUnreservedCharacters(String value, String encoded) {
        assertThat(PathTemplate.encodeSegment(value)).isEqualTo(encoded);
    }

    @Test
    void crLfCannotSplitTheRequestLine() {
        String path = SfmcJourneyMethod.getInteraction.path().render(v -> "x\r\nHost: evil.invalid");
        assertThat(path).isEqualTo("/interaction/v1/interactions/x%0D%0AHost%3A%20evil.invalid");
    }

    @Test
    void longKeysAreEncodedWhole() {
        String key = "k/".repeat(150);
        String path = SfmcJourneyMethod.getEventDefinitionByKey.path().render(v -> key);
        assertThat(path).isEqualTo("/interaction/v1/eventDefinitions/key:" + "k%2F".repeat(150));
        assertThat(path.chars().filter(c -> c == '/').count()).isEqualTo(4);
    }

    @Test
    void eachPlaceholderGetsItsVariable() {
        Map<PathVariable, String> values = Map.of(PathVariable.eventDefinitionId, "ev-1");
        assertThat(SfmcJourneyMethod.getTriggerStatistics.path().render(values::get))
                .isEqualTo("/interaction/v1/triggerstats/ev-1");
        assertThat(SfmcJourneyMethod.deleteTriggerTest.path().render(values::get))
                .isEqualTo("/interaction/v1/interactions/triggerTest/ev-1");
        assertThat(SfmcJourneyMethod.discovery.path().render(v -> {
            throw new AssertionError("no variables");
        })).isEqualTo("/interaction/v1/rest");
    }
}
