package org.whatmatters.channel.sms;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** One fair lock per phone number, so texts from one person are handled one at a time, in arrival order. */
@Component
class PhoneLocks {

    private record Entry(ReentrantLock lock, int users) {}

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    <T> T withLock(String phone, Supplier<T> work) {
        ReentrantLock lock = locks.compute(phone,
                (k, e) -> e == null ? new Entry(new ReentrantLock(true), 1) : new Entry(e.lock(), e.users() + 1)).lock();
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
            locks.computeIfPresent(phone, (k, e) -> e.users() == 1 ? null : new Entry(e.lock(), e.users() - 1));
        }
    }
}
