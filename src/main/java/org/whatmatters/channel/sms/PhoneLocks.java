package org.whatmatters.channel.sms;

import org.springframework.stereotype.Component;
import org.whatmatters.system.KeyedLocks;

/** Texts from one phone number are handled one at a time, in the order they arrived. */
@Component
class PhoneLocks {

    private final KeyedLocks locks = new KeyedLocks();

    <T> T withLock(String phone, java.util.function.Supplier<T> work) {
        return locks.withLock(phone, work);
    }
}
