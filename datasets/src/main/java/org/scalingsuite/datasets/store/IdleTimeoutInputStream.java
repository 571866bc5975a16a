package org.scalingsuite.datasets.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A download body whose reads fail when no data arrives for a while: a watchdog closes the underlying
 * stream, which unblocks the pending read, and the read then throws an {@link IOException} saying so.
 * Without it a server that stalls mid-body would block the download forever.
 */
final class IdleTimeoutInputStream extends FilterInputStream {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scalingsuite-download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Duration idleTimeout;
    private final URI uri;
    private volatile boolean expired;

    IdleTimeoutInputStream(InputStream in, Duration idleTimeout, URI uri) {
        super(in);
        this.idleTimeout = idleTimeout;
        this.uri = uri;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        ScheduledFuture<?> alarm = WATCHDOG.schedule(this::expire, idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException e) {
            throw expired ? timedOut(e) : e;
        } finally {
            alarm.cancel(false);
        }
        if (expired) {
            throw timedOut(null);
        }
        return n;
    }

    private void expire() {
        expired = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // the pending read fails either way
        }
    }

    private IOException timedOut(IOException cause) {
        return new IOException("no data received for " + idleTimeout.toMillis() + " ms from " + uri
                + "; download abandoned", cause);
    }
}
