package io.algomoex.collector.adapter.in.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a request body through until more than {@code maxBytes} were read, then fails with {@link TooLarge}. */
final class SizeCappedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long read;

    SizeCappedInputStream(InputStream body, long maxBytes) {
        super(body);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            count(count);
        }
        return count;
    }

    private void count(int bytes) throws TooLarge {
        read += bytes;
        if (read > maxBytes) {
            throw new TooLarge(maxBytes);
        }
    }

    /** The body went past the cap; reading stopped there. */
    static final class TooLarge extends IOException {

        TooLarge(long maxBytes) {
            super("the body is larger than " + maxBytes + " bytes");
        }
    }
}
