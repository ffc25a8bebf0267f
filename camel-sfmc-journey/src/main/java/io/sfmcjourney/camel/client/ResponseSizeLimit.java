package io.sfmcjourney.camel.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * Exec-chain element that refuses response bodies larger than a limit: up front when {@code Content-Length} says so,
 * otherwise as soon as reading passes the limit, so an oversized body is never buffered whole.
 */
final class ResponseSizeLimit implements ExecChainHandler {

    static final String NAME = "sfmc-response-size-limit";

    /** Context attribute naming the API operation in the error message. */
    static final String OPERATION_ATTRIBUTE = "sfmc.operation";

    private final long maxBytes;

    /** @param maxBytes the largest accepted body; zero or negative disables the check */
    ResponseSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        ClassicHttpResponse response = chain.proceed(request, scope);
        HttpEntity entity = response.getEntity();
        if (maxBytes <= 0 || entity == null) {
            return response;
        }
        Object operation = scope.clientContext.getAttribute(OPERATION_ATTRIBUTE);
        String name = operation == null ? request.getMethod() + " " + request.getPath() : operation.toString();
        if (entity.getContentLength() > maxBytes) {
            response.close();
            throw new SfmcResponseTooLargeException(name, maxBytes);
        }
        response.setEntity(new LimitedEntity(entity, name, maxBytes));
        return response;
    }

    private static final class LimitedEntity extends HttpEntityWrapper {

        private final String operation;
        private final long maxBytes;

        LimitedEntity(HttpEntity wrapped, String operation, long maxBytes) {
            super(wrapped);
            this.operation = operation;
            this.maxBytes = maxBytes;
        }

        @Override
        public InputStream getContent() throws IOException {
            return new CountingStream(super.getContent(), operation, maxBytes);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = getContent()) {
                in.transferTo(out);
            }
        }
    }

    private static final class CountingStream extends FilterInputStream {

        private final String operation;
        private final long maxBytes;
        private long count;

        CountingStream(InputStream in, String operation, long maxBytes) {
            super(in);
            this.operation = operation;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws SfmcResponseTooLargeException {
            count += n;
            if (count > maxBytes) {
                throw new SfmcResponseTooLargeException(operation, maxBytes);
            }
        }
    }
}
