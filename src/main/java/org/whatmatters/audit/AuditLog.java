package org.whatmatters.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit trail. It offers no way to change or delete a row. */
@Service
public class AuditLog {

    public record Entry(long id, OffsetDateTime at, String actor, AuditAction action, String planId, String detail) {}

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action inside the caller's transaction, so the action and its audit row stand or fall together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, AuditAction action, String planId, String detail) {
        events.save(new AuditEvent(OffsetDateTime.now(clock), actor, action, planId, detail));
    }

    @Transactional(readOnly = true)
    public List<Entry> forPlan(String planId) {
        return events.findByPlanIdOrderByIdAsc(planId).stream().map(AuditEvent::view).toList();
    }

    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        return events.findAllByOrderByIdDesc(PageRequest.of(0, limit)).stream().map(AuditEvent::view).toList();
    }
}
