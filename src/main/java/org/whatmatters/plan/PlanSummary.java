package org.whatmatters.plan;

import java.time.OffsetDateTime;

/** A plan in a list: enough to choose which to open. */
public record PlanSummary(String id, String conversationId, PlanStatus status, boolean urgent, OffsetDateTime createdAt, String preferredName,
        String channel, String assignedTo,
        int version) {}
