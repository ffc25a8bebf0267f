package io.sfmcjourney.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathCodecTest {

    @Test
    void decodesEachSegmentOnItsOwn() {
        assertThat(PathCodec.segments("/interaction/v1/interactions/key:a%2F..%2Fb%3Fx%23y"))
                .containsExactly("interaction", "v1", "interactions", "key:a/../b?x#y");
    }

    @Test
    void keepsPlusSignsAndDecodesUtf8() {
        assertThat(PathCodec.decodeSegment("a+b%20c%C3%BC")).isEqualTo("a+b cü");
    }

    @Test
    void rejectsBrokenEscapesAsMalformed() {
        for (String broken : List.of("%zz", "abc%", "%4")) {
            assertThatThrownBy(() -> PathCodec.decodeSegment(broken))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.response().status()).isEqualTo(400);
                        assertThat(e.response().json().get("errorcode").asInt()).isEqualTo(10004);
                    });
        }
    }

    @Test
    void decodesQueriesKeepingRepeatedNames() {
        assertThat(PathCodec.query("%24page=2&status=a+b&status=c&flag"))
                .containsEntry("$page", List.of("2"))
                .containsEntry("status", List.of("a b", "c"))
                .containsEntry("flag", List.of(""));
    }
}
