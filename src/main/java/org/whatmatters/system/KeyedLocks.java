package org.whatmatters.system;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One fair lock per key (a conversation, a phone number), so work for one key runs one at a time in
 * arrival order while other keys go ahead. Locks are dropped when nobody holds or waits for them.
 */
public final class KeyedLocks {

    private record Entry(ReentrantLock lock, int users) {}

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    public <T> T withLock(String key, Supplier<T> work) {
        ReentrantLock lock = locks.compute(key,
                (k, e) -> e == null ? new Entry(new ReentrantLock(true), 1) : new Entry(e.lock(), e.users() + 1)).lock();
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
            locks.computeIfPresent(key, (k, e) -> e.users() == 1 ? null : new Entry(e.lock(), e.users() - 1));
        }
    }
}
