package org.whatmatters.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One audit row. There are no setters: rows are written once and never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private OffsetDateTime at;
    private String actor;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private String planId;
    private String detail;

    protected AuditEvent() {}

    AuditEvent(OffsetDateTime at, String actor, AuditAction action, String planId, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.planId = planId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    AuditLog.Entry view() {
        return new AuditLog.Entry(id, at, actor, action, planId, detail);
    }
}
