package org.whatmatters.conversation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One fair lock per conversation in this process, so messages that arrive together are handled one at
 * a time in the order they arrived. (The row lock in the database covers several instances.)
 */
@Component
class ConversationLocks {

    private record Entry(ReentrantLock lock, int users) {}

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    <T> T withLock(String conversationId, Supplier<T> work) {
        ReentrantLock lock = locks.compute(conversationId,
                (id, e) -> e == null ? new Entry(new ReentrantLock(true), 1) : new Entry(e.lock(), e.users() + 1)).lock();
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
            locks.computeIfPresent(conversationId, (id, e) -> e.users() == 1 ? null : new Entry(e.lock(), e.users() - 1));
        }
    }
}
