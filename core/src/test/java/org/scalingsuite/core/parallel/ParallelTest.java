package org.scalingsuite.core.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/*
 * Checks Parallel.runAll, which MultiStartFitter and Bootstrap use: every task runs exactly once, a single task
 * runs on the calling thread, and a task's RuntimeException or Error reaches the caller unchanged.
 */
class ParallelTest {

    @Test
    void runsEveryTaskOnce() {
        AtomicInteger[] counts = new AtomicInteger[5];
        Runnable[] tasks = new Runnable[5];
        for (int i = 0; i < 5; i++) {
            AtomicInteger c = new AtomicInteger();
            counts[i] = c;
            tasks[i] = c::incrementAndGet;
        }
        Parallel.runAll(tasks);
        for (AtomicInteger c : counts) {
            assertEquals(1, c.get());
        }
    }

    @Test
    void singleTaskRunsOnTheCallingThread() {
        Thread[] ran = new Thread[1];
        Parallel.runAll(new Runnable[] {() -> ran[0] = Thread.currentThread()});
        assertSame(Thread.currentThread(), ran[0]);
    }

    @Test
    void failuresReachTheCaller() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Parallel.runAll(new Runnable[] {() -> { }, () -> {
                    throw boom;
                }}));
        assertSame(boom, thrown);
        AssertionError error = new AssertionError("error");
        assertSame(error, assertThrows(AssertionError.class, () -> Parallel.runAll(new Runnable[] {() -> {
            throw error;
        }, () -> { }})));
    }
}
