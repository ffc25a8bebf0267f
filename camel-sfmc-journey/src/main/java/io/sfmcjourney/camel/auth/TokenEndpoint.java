package io.sfmcjourney.camel.auth;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sfmcjourney.camel.SfmcJourneyApiException;
import io.sfmcjourney.camel.client.SfmcErrorBody;
import io.sfmcjourney.camel.client.SfmcHttpExchange;
import io.sfmcjourney.camel.model.SfmcJson;
import io.sfmcjourney.camel.client.SfmcResponse;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/** One client-credentials request to the SFMC v2 token endpoint. The secret goes into the request body only. */
final class TokenEndpoint implements TokenRequester {

    static final String OPERATION = "token";
    private static final String MASK = "******";

    private final CloseableHttpClient http;
    private final SfmcCredentials credentials;
    private final URI authUri;

    TokenEndpoint(CloseableHttpClient http, SfmcCredentials credentials, URI authUri) {
        this.http = http;
        this.credentials = credentials;
        this.authUri = authUri;
    }

    @Override
    public AccessToken request(Instant requestedAt) throws IOException, SfmcJourneyApiException {
        HttpPost post = new HttpPost(authUri);
        post.setHeader(HttpHeaders.ACCEPT, ContentType.APPLICATION_JSON.getMimeType());
        post.setEntity(new ByteArrayEntity(requestBody(), ContentType.APPLICATION_JSON));
        SfmcResponse response;
        try {
            response = SfmcHttpExchange.send(http, post, OPERATION);
        } catch (IOException e) {
            throw new IOException(prefix() + redact(String.valueOf(e.getMessage())), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw failure(response);
        }
        return parse(response.body(), requestedAt);
    }

    private byte[] requestBody() throws IOException {
        ObjectNode body = SfmcJson.mapper().createObjectNode()
                .put("grant_type", "client_credentials")
                .put("client_id", credentials.clientId())
                .put("client_secret", credentials.clientSecret());
        if (credentials.accountId() != null && !credentials.accountId().isBlank()) {
            body.put("account_id", credentials.accountId());
        }
        if (credentials.scope() != null) {
            body.put("scope", credentials.scope());
        }
        return SfmcJson.mapper().writeValueAsBytes(body);
    }

    private AccessToken parse(byte[] body, Instant requestedAt) throws IOException {
        JsonNode json;
        try {
            json = SfmcJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new IOException(prefix() + "the answer is not JSON");
        }
        String token = json == null ? null : json.path("access_token").asText(null);
        long expiresIn = json == null ? 0 : json.path("expires_in").asLong(0);
        if (token == null || token.isBlank() || expiresIn <= 0) {
            throw new IOException(prefix() + "the answer lacks access_token or a positive expires_in");
        }
        String restUrl = json.path("rest_instance_url").asText(null);
        return new AccessToken(token, requestedAt.plusSeconds(expiresIn), stripTrailingSlashes(restUrl),
                json.path("scope").asText(null));
    }

    private SfmcJourneyApiException failure(SfmcResponse response) {
        SfmcErrorBody error = SfmcErrorBody.parse(response.body());
        String description = redact(error.message());
        StringBuilder message = new StringBuilder(prefix()).append(response.statusCode());
        if (error.oauthError() != null) {
            message.append(' ').append(redact(error.oauthError()));
        } else if (error.errorCode() != null) {
            message.append(" errorcode ").append(error.errorCode());
        } else if (!response.reasonPhrase().isBlank()) {
            message.append(' ').append(response.reasonPhrase());
        }
        if (description != null) {
            message.append(": ").append(description);
        }
        return new SfmcJourneyApiException(message.toString(), OPERATION, "POST", authUri.toString(),
                response.statusCode(), response.reasonPhrase(), response.headers(),
                redact(new String(response.body(), StandardCharsets.UTF_8)), error.errorCode(), description);
    }

    private String prefix() {
        return "SFMC token request to " + authUri + " failed: ";
    }

    /** Defence in depth: should an endpoint ever echo the secret, it is masked before it reaches any message. */
    private String redact(String text) {
        String secret = credentials.clientSecret();
        return text == null || secret == null || secret.isEmpty() ? text : text.replace(secret, MASK);
    }

    private static String stripTrailingSlashes(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
