package org.whatmatters.plan;

import java.time.OffsetDateTime;

record PlanSummary(String id, String conversationId, PlanStatus status, boolean urgent, OffsetDateTime createdAt, String preferredName) {}
