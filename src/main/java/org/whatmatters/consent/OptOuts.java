package org.whatmatters.consent;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whatmatters.flow.Channel;

/** Who has asked not to be contacted. An opt-out covers every channel for that number. */
@Service
public class OptOuts {

    private final OptOutRows rows;
    private final Clock clock;

    OptOuts(OptOutRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isOptedOut(String phone) {
        return rows.findById(phone).map(OptOut::optedOut).orElse(false);
    }

    @Transactional
    public void optOut(String phone, Channel via) {
        set(phone, true, via);
    }

    @Transactional
    public void optIn(String phone, Channel via) {
        set(phone, false, via);
    }

    private void set(String phone, boolean optedOut, Channel via) {
        OptOut row = rows.findById(phone).orElseGet(() -> new OptOut(phone));
        row.set(optedOut, via, OffsetDateTime.now(clock));
        rows.save(row);
    }
}
