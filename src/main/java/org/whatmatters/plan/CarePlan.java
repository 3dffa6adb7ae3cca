package org.whatmatters.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

@Entity
@Table(name = "care_plan")
class CarePlan {

    @Id
    private String id;
    private String conversationId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private boolean urgent;
    private String drafter;
    private String preferredName;
    private String document;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    private int version;
    private String assignedTo;
    private String reviewerNote;
    private OffsetDateTime approvedAt;
    private String approvedBy;
    private String channel;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected CarePlan() {}

    CarePlan(String id, String conversationId, boolean urgent, String drafter, String preferredName, String document, String channel,
            OffsetDateTime now) {
        this.version = 1;
        this.channel = channel;
        this.id = id;
        this.conversationId = conversationId;
        this.status = PlanStatus.DRAFT;
        this.urgent = urgent;
        this.drafter = drafter;
        this.preferredName = preferredName;
        this.document = document;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A link worker takes the plan to review it. */
    void take(String user, OffsetDateTime now) {
        if (status == PlanStatus.APPROVED) {
            throw new PlanStateException("This plan is approved. Start a new version to change it.");
        }
        this.status = PlanStatus.IN_REVIEW;
        this.assignedTo = user;
        touch(now);
    }

    /** Replaces the content; only a plan under review (or still a draft) can change. */
    void edit(String newDocument, String user, OffsetDateTime now) {
        requireChangeable();
        if (status == PlanStatus.DRAFT) {
            this.status = PlanStatus.IN_REVIEW;
            if (assignedTo == null) {
                this.assignedTo = user;
            }
        }
        this.document = newDocument;
        touch(now);
    }

    void note(String text, OffsetDateTime now) {
        requireChangeable();
        this.reviewerNote = text == null || text.isBlank() ? null : text.strip();
        touch(now);
    }

    /** Only a DRAFT or IN_REVIEW plan can be approved. */
    void approve(String user, OffsetDateTime now) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.IN_REVIEW) {
            throw new PlanStateException("Only a draft or a plan under review can be approved; this one is " + status.name().toLowerCase().replace('_', ' ') + ".");
        }
        this.status = PlanStatus.APPROVED;
        this.approvedAt = now;
        this.approvedBy = user;
        touch(now);
    }

    /** Sends the plan back (for example to talk it through with the person again). */
    void returnPlan(String user, OffsetDateTime now) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.IN_REVIEW) {
            throw new PlanStateException("Only a draft or a plan under review can be returned; this one is " + status.name().toLowerCase().replace('_', ' ') + ".");
        }
        this.status = PlanStatus.RETURNED;
        touch(now);
    }

    /** An approved plan is read-only; changing it starts a new version, under review. */
    void newVersion(String user, OffsetDateTime now) {
        if (status != PlanStatus.APPROVED) {
            throw new PlanStateException("Only an approved plan needs a new version; this one can be changed as it is.");
        }
        this.status = PlanStatus.IN_REVIEW;
        this.assignedTo = user;
        this.approvedAt = null;
        this.approvedBy = null;
        touch(now);
    }

    void requireVersion(int expected) {
        if (expected != version) {
            throw new PlanChangedException(version);
        }
    }

    private void requireChangeable() {
        if (status == PlanStatus.APPROVED) {
            throw new PlanStateException("This plan is approved and read-only. Start a new version to change it.");
        }
        if (status == PlanStatus.RETURNED) {
            throw new PlanStateException("This plan was returned. Take it to review it again before changing it.");
        }
    }

    /** A drafter's new draft replaces the old one, only while nobody has started reviewing it. */
    void redraft(String newDocument, String by, OffsetDateTime now) {
        if (status != PlanStatus.DRAFT || assignedTo != null) {
            throw new PlanStateException("A link worker has started on this plan; it is not drafted again.");
        }
        this.document = newDocument;
        this.drafter = by;
        touch(now);
    }

    private void touch(OffsetDateTime now) {
        this.version++;
        this.updatedAt = now;
    }

    int version() { return version; }
    String assignedTo() { return assignedTo; }
    String reviewerNote() { return reviewerNote; }
    OffsetDateTime approvedAt() { return approvedAt; }
    String approvedBy() { return approvedBy; }
    String channel() { return channel; }
    OffsetDateTime updatedAt() { return updatedAt; }
    String id() { return id; }
    String conversationId() { return conversationId; }
    PlanStatus status() { return status; }
    boolean urgent() { return urgent; }
    String drafter() { return drafter; }
    String preferredName() { return preferredName; }
    String document() { return document; }
    OffsetDateTime createdAt() { return createdAt; }
}
