package io.sfmcjourney.simulator;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts the bytes of a streamed body in {@link Counters#streamedBytes()} as they are written. */
final class CountingOutputStream extends FilterOutputStream {

    private final Counters counters;

    CountingOutputStream(OutputStream out, Counters counters) {
        super(out);
        this.counters = counters;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        counters.streamed(1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        counters.streamed(length);
    }
}
