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
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected CarePlan() {}

    CarePlan(String id, String conversationId, boolean urgent, String drafter, String preferredName, String document, OffsetDateTime now) {
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

    String id() { return id; }
    String conversationId() { return conversationId; }
    PlanStatus status() { return status; }
    boolean urgent() { return urgent; }
    String drafter() { return drafter; }
    String preferredName() { return preferredName; }
    String document() { return document; }
    OffsetDateTime createdAt() { return createdAt; }
}
