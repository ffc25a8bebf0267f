package io.sfmcjourney.camel.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.sfmcjourney.camel.client.SfmcResponse;
import io.sfmcjourney.camel.model.Journey;
import org.junit.jupiter.api.Test;

class ResponseBodyMapperTest {

    private static final Map<String, String> JSON_TYPE = Map.of("Content-Type", "application/json; charset=utf-8");

    @Test
    void jsonObjectBecomesMapAndArrayBecomesList() throws Exception {
        ResponseBodyMapper mapper = new ResponseBodyMapper(false, null);

        Object object = mapper.toBody(response(201, "{\"eventInstanceId\":\"e-1\",\"n\":1.0}"));
        assertThat(object).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) object;
        assertThat(map).containsEntry("eventInstanceId", "e-1").containsEntry("n", new BigDecimal("1.0"));

        assertThat(mapper.toBody(response(200, "[{\"a\":1},{\"a\":2}]"))).isInstanceOf(List.class)
                .asList().hasSize(2);
    }

    @Test
    void rawJsonKeepsTheText() throws Exception {
        String text = "{\"statusId\":\"s-1\", \"name\":\"Zoë\"}";
        assertThat(new ResponseBodyMapper(true, null).toBody(response(200, text))).isEqualTo(text);
    }

    @Test
    void outputClassBindsWithJacksonIgnoringUnknownFields() throws Exception {
        Object journey = new ResponseBodyMapper(false, Journey.class)
                .toBody(response(200, "{\"id\":\"j-1\",\"key\":\"k\",\"version\":2,\"status\":\"Draft\"}"));
        assertThat(journey).isInstanceOfSatisfying(Journey.class, j -> assertThat(j.getVersion()).isEqualTo(2));

        Object body = new ResponseBodyMapper(false, PublishAnswer.class)
                .toBody(response(200, "{\"statusId\":\"s-1\",\"statusUrl\":\"/x\",\"unknown\":true}"));
        assertThat(body).isEqualTo(new PublishAnswer("s-1", "/x"));

        assertThatThrownBy(() -> new ResponseBodyMapper(false, PublishAnswer.class).toBody(response(200, "[1]")))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void emptyAndNotModifiedAnswersGiveNull() throws Exception {
        ResponseBodyMapper mapper = new ResponseBodyMapper(false, null);
        assertThat(mapper.toBody(response(200, ""))).isNull();
        assertThat(mapper.toBody(response(304, "{\"message\":\"No change\",\"errorcode\":304}"))).isNull();
        assertThat(new ResponseBodyMapper(true, null).toBody(response(204, ""))).isNull();
    }

    @Test
    void nonJsonAnswerGivesItsText() throws Exception {
        SfmcResponse text = new SfmcResponse(200, "OK", Map.of("content-type", "text/plain"),
                "6fb54bc3-620d".getBytes(StandardCharsets.UTF_8));
        assertThat(new ResponseBodyMapper(false, null).toBody(text)).isEqualTo("6fb54bc3-620d");
    }

    private static SfmcResponse response(int status, String body) {
        return new SfmcResponse(status, "", JSON_TYPE, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A typed answer of publishAsync. */
    public record PublishAnswer(String statusId, String statusUrl) {
    }
}
