package org.whatmatters.export;
public record PlanExport(
    String planId, String conversationId, String status /* DRAFT, IN_REVIEW, APPROVED, RETURNED */, int version,
    String preferredName, java.time.OffsetDateTime createdAt, java.time.OffsetDateTime approvedAt, String approvedBy,
    java.util.List<Entry> whatMatters, java.util.List<Entry> strengths, java.util.List<Entry> needs, java.util.List<Goal> goals,
    java.util.List<Entry> supportNetwork, java.util.List<Connection> communityConnections,
    Integer lifeSatisfaction, Integer worthwhile, Integer happiness, Integer anxiety,
    java.util.List<String> preferences, String contingency, java.time.LocalDate reviewDate, Consent consent, String reviewerNote,
    String summary /* for the person, reading age 9 to 11; null on older plans */) {
    /** A plan without a summary for the person (drafted before summaries existed). */
    public PlanExport(String planId, String conversationId, String status, int version, String preferredName,
            java.time.OffsetDateTime createdAt, java.time.OffsetDateTime approvedAt, String approvedBy,
            java.util.List<Entry> whatMatters, java.util.List<Entry> strengths, java.util.List<Entry> needs, java.util.List<Goal> goals,
            java.util.List<Entry> supportNetwork, java.util.List<Connection> communityConnections,
            Integer lifeSatisfaction, Integer worthwhile, Integer happiness, Integer anxiety,
            java.util.List<String> preferences, String contingency, java.time.LocalDate reviewDate, Consent consent, String reviewerNote) {
        this(planId, conversationId, status, version, preferredName, createdAt, approvedAt, approvedBy, whatMatters, strengths, needs, goals,
                supportNetwork, communityConnections, lifeSatisfaction, worthwhile, happiness, anxiety, preferences, contingency, reviewDate,
                consent, reviewerNote, null);
    }
    public record Entry(String text, java.util.List<String> themes) {}
    public record Goal(String text, java.util.List<String> actions) {}
    /** decision: SUGGESTED, ACCEPTED or DECLINED */
    public record Connection(String text, String decision) {}
    public record Consent(String version, Boolean given, java.time.OffsetDateTime at) {}
}
