package org.whatmatters.conversation;

import org.springframework.stereotype.Component;
import org.whatmatters.system.KeyedLocks;

/**
 * Messages to one conversation are handled one at a time, in the order they arrived, within this
 * process. (The row lock in the database covers several instances.)
 */
@Component
class ConversationLocks {

    private final KeyedLocks locks = new KeyedLocks();

    <T> T withLock(String conversationId, java.util.function.Supplier<T> work) {
        return locks.withLock(conversationId, work);
    }
}
