package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Executes one HTTP request and reads the whole answer, whatever its status, releasing the connection. */
public final class SfmcHttpExchange {

    private SfmcHttpExchange() {
    }

    /**
     * @param method names the call in a {@link SfmcResponseTooLargeException}
     * @return          the answer with any status; body empty (never null) when there was none
     */
    public static SfmcResponse send(CloseableHttpClient http, ClassicHttpRequest request, String method)
            throws IOException {
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(ResponseGuard.METHOD_ATTRIBUTE, method);
        return http.execute(request, context, SfmcHttpExchange::read);
    }

    private static SfmcResponse read(ClassicHttpResponse response) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.put(header.getName(), header.getValue());
        }
        byte[] body = response.getEntity() == null ? null : EntityUtils.toByteArray(response.getEntity());
        String reason = response.getReasonPhrase() == null ? "" : response.getReasonPhrase();
        return new SfmcResponse(response.getCode(), reason, Collections.unmodifiableMap(headers),
                body == null ? new byte[0] : body);
    }
}
