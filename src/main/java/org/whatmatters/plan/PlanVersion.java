package org.whatmatters.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One version of a plan, kept for good: written once, never changed. */
@Entity
@Table(name = "care_plan_version")
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String planId;
    private int version;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private String document;
    private String changedBy;
    private OffsetDateTime changedAt;
    @Column(name = "change")
    private String change;

    protected PlanVersion() {}

    PlanVersion(CarePlan plan, String changedBy, String change, OffsetDateTime at) {
        this.planId = plan.id();
        this.version = plan.version();
        this.status = plan.status();
        this.document = plan.document();
        this.changedBy = changedBy;
        this.changedAt = at;
        this.change = change.length() > 300 ? change.substring(0, 300) : change;
    }

    int version() { return version; }
    PlanStatus status() { return status; }
    String document() { return document; }
    String changedBy() { return changedBy; }
    OffsetDateTime changedAt() { return changedAt; }
    String change() { return change; }
}
