package io.sfmcjourney.camel.client;

import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
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
                byte[] body = entity == null ? NO_BODY : prefix(entity);
                response.close();
                return new StreamedAnswer(head(response, body), null);
            }
            return new StreamedAnswer(head(response, NO_BODY), new ReleasingInputStream(entity.getContent(),
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
        return head(response, body(response.getEntity()));
    }

    /** Largest body read straight into an array of its announced {@code Content-Length}. */
    static final int MAX_EXACT_BODY = 1024 * 1024;
    private static final byte[] NO_BODY = new byte[0];

    /**
     * The whole body. One announcing its length (SFMC's answers do) is read into an array of exactly that size:
     * {@link EntityUtils#toByteArray} would also allocate a 4 KB copy buffer for every answer, more than most answers
     * weigh. A body ending before its announced length fails as HttpCore's stream reports it.
     */
    static byte[] body(HttpEntity entity) throws IOException {
        if (entity == null) {
            return NO_BODY;
        }
        long length = entity.getContentLength();
        if (length < 0 || length > MAX_EXACT_BODY) {
            byte[] body = EntityUtils.toByteArray(entity);
            return body == null ? NO_BODY : body;
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return NO_BODY;
            }
            byte[] body = new byte[(int) length];
            int read = in.readNBytes(body, 0, body.length);
            if (read < body.length || in.read() != -1) { // reaching the end also hands the connection back
                throw new ConnectionClosedException("The answer's body does not match its Content-Length of "
                                                    + length + " bytes");
            }
            return body;
        }
    }

    private static SfmcResponse head(ClassicHttpResponse response, byte[] body) {
        String reason = response.getReasonPhrase() == null ? "" : response.getReasonPhrase();
        return new SfmcResponse(response.getCode(), reason, new ResponseHeaders(response.getHeaders()), body);
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
