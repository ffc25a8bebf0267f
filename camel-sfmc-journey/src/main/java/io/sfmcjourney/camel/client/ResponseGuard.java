package io.sfmcjourney.camel.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import io.sfmcjourney.camel.SfmcCallTimeoutException;
import io.sfmcjourney.camel.SfmcResponseTooLargeException;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.classic.ExecRuntime;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * Exec-chain element that bounds what one answer may cost: its body size ({@code maxResponseSize}; checked up front
 * from {@code Content-Length}, else while reading) and the time from sending the request to the last byte of the body
 * ({@code callTimeout}; checked whenever data arrives, so a server trickling bytes cannot hold a thread for longer than
 * {@code callTimeout} plus one {@code responseTimeout}). A violation fails the call and drops the connection at once:
 * the rest of the body is never read or buffered.
 */
final class ResponseGuard implements ExecChainHandler {

    static final String NAME = "sfmc-response-guard";

    /** Context attribute naming the API method in the error message. */
    static final String METHOD_ATTRIBUTE = "sfmc.method";

    /**
     * Context attribute marking a streamed call: its body is read by the route at its own pace, so neither the size
     * limit nor the call timeout applies to it (the call timeout still applies up to the answer's head).
     */
    static final String STREAMED_ATTRIBUTE = "sfmc.streamed";

    private final long maxBytes;
    private final long callTimeoutMillis;

    /**
     * @param maxBytes          the largest accepted body; zero or negative disables the check
     * @param callTimeoutMillis the longest time from sending to the end of the body; zero or negative disables it
     */
    ResponseGuard(long maxBytes, long callTimeoutMillis) {
        this.maxBytes = maxBytes;
        this.callTimeoutMillis = callTimeoutMillis;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        long start = System.nanoTime();
        ClassicHttpResponse response = chain.proceed(request, scope);
        Object method = scope.clientContext.getAttribute(METHOD_ATTRIBUTE);
        Limits limits = new Limits(method == null ? request.getMethod() + " " + request.getPath()
                : method.toString(), start, scope.execRuntime);
        limits.checkTime();
        HttpEntity entity = response.getEntity();
        if (entity == null || Boolean.TRUE.equals(scope.clientContext.getAttribute(STREAMED_ATTRIBUTE))) {
            return response;
        }
        if (maxBytes > 0 && entity.getContentLength() > maxBytes) {
            throw limits.abort(new SfmcResponseTooLargeException(limits.method, maxBytes));
        }
        response.setEntity(new GuardedEntity(entity, limits));
        return response;
    }

    /** The limits of one call, and how to give up on its connection. */
    private final class Limits {

        private final String method;
        private final long start;
        private final ExecRuntime runtime;
        private long bytes;

        Limits(String method, long start, ExecRuntime runtime) {
            this.method = method;
            this.start = start;
            this.runtime = runtime;
        }

        void add(long n) throws IOException {
            bytes += n;
            if (maxBytes > 0 && bytes > maxBytes) {
                throw abort(new SfmcResponseTooLargeException(method, maxBytes));
            }
            checkTime();
        }

        void checkTime() throws IOException {
            if (callTimeoutMillis > 0
                && TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) > callTimeoutMillis) {
                throw abort(new SfmcCallTimeoutException(method, callTimeoutMillis));
            }
        }

        /** Closes the connection without reading the rest of the answer, and hands back {@code failure}. */
        IOException abort(IOException failure) {
            runtime.discardEndpoint();
            return failure;
        }
    }

    private static final class GuardedEntity extends HttpEntityWrapper {

        private final Limits limits;

        GuardedEntity(HttpEntity wrapped, Limits limits) {
            super(wrapped);
            this.limits = limits;
        }

        @Override
        public InputStream getContent() throws IOException {
            return new CountingStream(super.getContent(), limits);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = getContent()) {
                in.transferTo(out);
            }
        }
    }

    private static final class CountingStream extends FilterInputStream {

        private final Limits limits;

        CountingStream(InputStream in, Limits limits) {
            super(in);
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                limits.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                limits.add(n);
            }
            return n;
        }
    }
}
