package io.sfmcjourney.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The P1 baseline: what a hand-coder writes with Apache HttpClient 5 alone. The same pool sizes as the component
 * (200 total, 64 per route), a token fetched once up front, Jackson to write the body and read the answer.
 */
final class RawEventsClient implements AutoCloseable {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper = new ObjectMapper();
    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(200).setMaxConnPerRoute(64).build())
            .disableAutomaticRetries()
            .build();
    private final URI eventsUrl;
    private final String authorization;

    RawEventsClient(String restUrl, String token) {
        this.eventsUrl = URI.create(restUrl + "interaction/v1/events");
        this.authorization = "Bearer " + token;
    }

    /** Fires one entry event; answers its eventInstanceId. */
    String fire(Map<String, Object> event) throws IOException {
        HttpPost post = new HttpPost(eventsUrl);
        post.setHeader("Authorization", authorization);
        post.setHeader("Accept", "application/json");
        post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(event), ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            byte[] body = EntityUtils.toByteArray(response.getEntity());
            if (response.getCode() / 100 != 2) {
                throw new IOException("HTTP " + response.getCode());
            }
            return String.valueOf(mapper.readValue(body, MAP).get("eventInstanceId"));
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
