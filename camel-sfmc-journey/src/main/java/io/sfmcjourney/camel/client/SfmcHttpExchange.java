package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
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

    /**
     * Executes a request whose 2xx answer is streamed: its body is not read here and not bounded by
     * {@code maxResponseSize} (the socket timeout still bounds each silence); the returned stream releases the
     * connection when read to the end or closed. Any other answer is read (its first {@value #MAX_ERROR_BODY} bytes)
     * and its connection released, as {@link #send} does.
     *
     * @return the answer; {@link StreamedAnswer#body()} is null unless the status is 2xx
     */
    public static StreamedAnswer open(CloseableHttpClient http, HttpUriRequestBase request, String method)
            throws IOException {
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(ResponseGuard.METHOD_ATTRIBUTE, method);
        context.setAttribute(ResponseGuard.STREAMED_ATTRIBUTE, Boolean.TRUE);
        ClassicHttpResponse response = http.executeOpen(null, request, context);
        try {
            HttpEntity entity = response.getEntity();
            if (response.getCode() / 100 != 2 || entity == null) {
                byte[] body = entity == null ? new byte[0] : prefix(entity);
                response.close();
                return new StreamedAnswer(head(response, body), null);
            }
            return new StreamedAnswer(head(response, new byte[0]), new ReleasingInputStream(entity.getContent(),
                    response, request));
        } catch (IOException | RuntimeException e) {
            response.close();
            throw e;
        }
    }

    /** Largest part of a non-2xx answer to a streamed call that is read (SFMC's error envelopes are far smaller). */
    static final int MAX_ERROR_BODY = 64 * 1024;

    private static byte[] prefix(HttpEntity entity) throws IOException {
        try (InputStream in = entity.getContent()) {
            return in.readNBytes(MAX_ERROR_BODY);
        }
    }

    private static SfmcResponse read(ClassicHttpResponse response) throws IOException {
        byte[] body = response.getEntity() == null ? null : EntityUtils.toByteArray(response.getEntity());
        return head(response, body == null ? new byte[0] : body);
    }

    private static SfmcResponse head(ClassicHttpResponse response, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.put(header.getName(), header.getValue());
        }
        String reason = response.getReasonPhrase() == null ? "" : response.getReasonPhrase();
        return new SfmcResponse(response.getCode(), reason, Collections.unmodifiableMap(headers), body);
    }

    /**
     * An answer to a streamed call.
     *
     * @param head status, reason and headers; for a non-2xx answer also (the start of) its body
     * @param body the body of a 2xx answer, to be read to the end or closed by the caller; null otherwise
     */
    public record StreamedAnswer(SfmcResponse head, InputStream body) {
    }
}
