package io.sfmcjourney.camel.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpResponse;

/**
 * The body of a streamed answer. Read to the end, it hands the connection back to the pool; closed earlier, it aborts
 * the exchange and drops the connection, so the rest of a large body is never read. Closing is idempotent. Camel's
 * stream caching is told not to cache this class (see {@link io.sfmcjourney.camel.SfmcStreamedProducer}).
 */
public final class ReleasingInputStream extends FilterInputStream {

    private final ClassicHttpResponse response;
    private final Cancellable exchange;
    private boolean ended;
    private boolean closed;

    /**
     * @param content  the entity content
     * @param response the answer, closed with the stream
     * @param exchange cancels the exchange (the request object)
     */
    ReleasingInputStream(InputStream content, ClassicHttpResponse response, Cancellable exchange) {
        super(content);
        this.response = response;
        this.exchange = exchange;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        ended |= b < 0;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        ended |= n < 0;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!ended) {
            exchange.cancel();
        }
        try {
            super.close();
        } catch (IOException e) {
            if (ended) {
                throw e;
            }
        } finally {
            response.close();
        }
    }
}
