package org.whatmatters.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.whatmatters.flow.Channel;

@Entity
@Table(name = "opt_out")
class OptOut {

    @Id
    private String phone;
    private boolean optedOut;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private OffsetDateTime changedAt;

    protected OptOut() {}

    OptOut(String phone) {
        this.phone = phone;
    }

    void set(boolean optedOut, Channel channel, OffsetDateTime now) {
        this.optedOut = optedOut;
        this.channel = channel;
        this.changedAt = now;
    }

    boolean optedOut() {
        return optedOut;
    }
}
