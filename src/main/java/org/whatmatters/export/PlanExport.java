package org.whatmatters.export;
public record PlanExport(
    String planId, String conversationId, String status /* DRAFT, IN_REVIEW, APPROVED, RETURNED */, int version,
    String preferredName, java.time.OffsetDateTime createdAt, java.time.OffsetDateTime approvedAt, String approvedBy,
    java.util.List<Entry> whatMatters, java.util.List<Entry> strengths, java.util.List<Entry> needs, java.util.List<Goal> goals,
    java.util.List<Entry> supportNetwork, java.util.List<Connection> communityConnections,
    Integer lifeSatisfaction, Integer worthwhile, Integer happiness, Integer anxiety,
    java.util.List<String> preferences, String contingency, java.time.LocalDate reviewDate, Consent consent, String reviewerNote) {
    public record Entry(String text, java.util.List<String> themes) {}
    public record Goal(String text, java.util.List<String> actions) {}
    /** decision: SUGGESTED, ACCEPTED or DECLINED */
    public record Connection(String text, String decision) {}
    public record Consent(String version, Boolean given, java.time.OffsetDateTime at) {}
}
