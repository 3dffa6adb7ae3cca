package org.whatmatters.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whatmatters.audit.AuditAction;
import org.whatmatters.audit.AuditLog;
import tools.jackson.databind.json.JsonMapper;

/**
 * What staff do with plans: find them, take them, correct them, approve or return them. Every change
 * makes a new version (the old ones are kept) and writes an audit row, in the same transaction.
 */
@Service
public class PlanWorkflow {

    /** A filter for the review queue; null fields match everything. */
    public record Query(Set<PlanStatus> statuses, String channel, LocalDate from, LocalDate to, String assignedTo, String conversationId) {

        public static Query all() {
            return new Query(null, null, null, null, null, null);
        }
    }

    /** One conversation's ONS4 scores, for a chart across a person's conversations (baseline, then check-ins). */
    public record WellbeingPoint(String planId, OffsetDateTime at, String flowId, Integer lifeSatisfaction, Integer worthwhile,
            Integer happiness, Integer anxiety) {}

    public record VersionEntry(int version, PlanStatus status, String changedBy, OffsetDateTime changedAt, String change) {}

    private final Plans plans;
    private final PlanVersions versions;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;

    private final org.whatmatters.conversation.ConversationService conversations;

    PlanWorkflow(Plans plans, PlanVersions versions, AuditLog audit, JsonMapper json, Clock clock, PlanSettings settings,
            org.whatmatters.conversation.ConversationService conversations) {
        this.conversations = conversations;
        this.plans = plans;
        this.versions = versions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.zone = settings.zone();
    }

    /** Urgent first, then oldest. */
    @Transactional(readOnly = true)
    public List<PlanSummary> search(Query q) {
        return plans.search(null, q.conversationId()).stream()
                .filter(p -> q.statuses() == null || q.statuses().isEmpty() || q.statuses().contains(p.status()))
                .filter(p -> q.channel() == null || q.channel().isBlank() || q.channel().equalsIgnoreCase(p.channel()))
                .filter(p -> q.from() == null || !p.createdAt().atZoneSameInstant(zone).toLocalDate().isBefore(q.from()))
                .filter(p -> q.to() == null || !p.createdAt().atZoneSameInstant(zone).toLocalDate().isAfter(q.to()))
                .filter(p -> q.assignedTo() == null || q.assignedTo().equals(p.assignedTo()))
                .sorted(Comparator.comparing(CarePlan::urgent).reversed().thenComparing(CarePlan::createdAt))
                .map(PlanWorkflow::summary).toList();
    }

    private static PlanSummary summary(CarePlan p) {
        return new PlanSummary(p.id(), p.conversationId(), p.status(), p.urgent(), p.createdAt(), p.preferredName(), p.channel(),
                p.assignedTo(), p.version());
    }

    /** Reads a plan; when {@code viewer} is given, the view is audited. */
    @Transactional
    public PlanView view(String id, String viewer) {
        CarePlan plan = find(id);
        if (viewer != null) {
            audit.record(viewer, AuditAction.VIEWED, id, "version " + plan.version());
        }
        return PlanView.of(plan, content(plan));
    }

    /** A past version, as it was. */
    @Transactional(readOnly = true)
    public PlanView version(String id, int version) {
        CarePlan plan = find(id);
        PlanVersion v = versions.findByPlanIdAndVersion(id, version).orElseThrow(() -> new PlanNotFoundException(id + " version " + version));
        PlanView now = PlanView.of(plan, json.readValue(v.document(), PlanContent.class));
        return new PlanView(now.id(), now.conversationId(), v.status(), v.version(), now.urgent(), now.assignedTo(), now.reviewerNote(),
                now.approvedAt(), now.approvedBy(), now.channel(), now.createdAt(), now.drafter(), now.person(), now.whatMatters(),
                now.strengths(), now.needs(), now.goals(), now.progress(), now.supportNetwork(), now.communityConnections(), now.wellbeing(),
                now.preferences(), now.safety(), now.consent(), now.source(), now.reviewDate(), now.summary(), now.drafting());
    }

    /** The person's ONS4 scores from every plan of theirs (same phone number), oldest first. */
    @Transactional(readOnly = true)
    public List<WellbeingPoint> wellbeing(String id) {
        CarePlan plan = find(id);
        List<WellbeingPoint> points = new ArrayList<>();
        for (String conversationId : conversations.samePerson(plan.conversationId())) {
            for (CarePlan p : plans.search(null, conversationId)) {
                PlanContent c = content(p);
                points.add(new WellbeingPoint(p.id(), p.createdAt(), c.source() == null ? "" : c.source().flowId(), c.wellbeing().lifeSatisfaction(),
                        c.wellbeing().worthwhile(), c.wellbeing().happiness(), c.wellbeing().anxiety()));
            }
        }
        points.sort(Comparator.comparing(WellbeingPoint::at));
        return points;
    }

    @Transactional(readOnly = true)
    public List<VersionEntry> history(String id) {
        find(id);
        return versions.findByPlanIdOrderByVersionDesc(id).stream()
                .map(v -> new VersionEntry(v.version(), v.status(), v.changedBy(), v.changedAt(), v.change())).toList();
    }

    @Transactional
    public PlanView take(String id, String user) {
        CarePlan plan = find(id);
        plan.take(user, now());
        return saved(plan, user, AuditAction.TAKEN, "Taken for review by " + user);
    }

    @Transactional
    public PlanView approve(String id, String user, Integer expectedVersion) {
        CarePlan plan = find(id);
        if (expectedVersion != null) {
            plan.requireVersion(expectedVersion);
        }
        plan.approve(user, now());
        return saved(plan, user, AuditAction.APPROVED, "Approved by " + user);
    }

    @Transactional
    public PlanView returnPlan(String id, String user, Integer expectedVersion, String reason) {
        CarePlan plan = find(id);
        if (expectedVersion != null) {
            plan.requireVersion(expectedVersion);
        }
        if (reason != null && !reason.isBlank()) {
            plan.note(reason, now());
        }
        plan.returnPlan(user, now());
        return saved(plan, user, AuditAction.RETURNED, "Returned by " + user);
    }

    @Transactional
    public PlanView newVersion(String id, String user) {
        CarePlan plan = find(id);
        plan.newVersion(user, now());
        return saved(plan, user, AuditAction.NEW_VERSION, "New version started by " + user);
    }

    @Transactional
    public PlanView edit(String id, String user, int expectedVersion, PlanEdit change) {
        CarePlan plan = find(id);
        plan.requireVersion(expectedVersion);
        if (change instanceof PlanEdit.SetNote note) {
            if (note.note() != null && note.note().length() > 4000) {
                throw new InvalidEditException("The note is too long: keep it under 4000 characters.");
            }
            plan.note(note.note(), now());
        } else {
            plan.edit(json.writeValueAsString(apply(content(plan), change, user)), user, now());
        }
        return saved(plan, user, AuditAction.EDITED, change.describe());
    }

    /** The plan as the exports need it, recording who exported it. */
    @Transactional
    public org.whatmatters.export.PlanExport export(String id, String user, AuditAction action) {
        CarePlan plan = find(id);
        audit.record(user, action, id, "version " + plan.version() + " (" + plan.status() + ")");
        return toExport(PlanView.of(plan, content(plan)));
    }

    static org.whatmatters.export.PlanExport toExport(PlanView p) {
        java.util.function.Function<List<Item>, List<org.whatmatters.export.PlanExport.Entry>> entries = items -> items.stream()
                .map(i -> new org.whatmatters.export.PlanExport.Entry(i.text(), i.themes())).toList();
        return new org.whatmatters.export.PlanExport(p.id(), p.conversationId(), p.status().name(), p.version(),
                p.person() == null ? null : p.person().preferredName(), p.createdAt(), p.approvedAt(), p.approvedBy(),
                entries.apply(p.whatMatters()), entries.apply(p.strengths()), entries.apply(p.needs()),
                p.goals().stream().map(g -> new org.whatmatters.export.PlanExport.Goal(g.text(), g.actions() == null ? List.of() : g.actions())).toList(),
                entries.apply(p.supportNetwork()),
                p.communityConnections().stream().map(c -> new org.whatmatters.export.PlanExport.Connection(c.text(),
                        c.decision() == null ? Item.SUGGESTED : c.decision())).toList(),
                p.wellbeing().lifeSatisfaction(), p.wellbeing().worthwhile(), p.wellbeing().happiness(), p.wellbeing().anxiety(),
                p.preferences().stream().map(Item::text).toList(), p.safety().contingency(), p.reviewDate(),
                p.consent() == null ? null : new org.whatmatters.export.PlanExport.Consent(p.consent().version(), p.consent().given(), p.consent().at()),
                p.reviewerNote(), p.summary());
    }

    private PlanView saved(CarePlan plan, String user, AuditAction action, String change) {
        plans.saveAndFlush(plan);
        versions.save(new PlanVersion(plan, user, change, now()));
        audit.record(user, action, plan.id(), change + " (version " + plan.version() + ")");
        return PlanView.of(plan, content(plan));
    }

    static PlanContent apply(PlanContent content, PlanEdit change, String user) {
        if (change instanceof PlanEdit.SetReviewDate d) {
            if (d.date() == null) {
                throw new InvalidEditException("Choose a review date.");
            }
            return content.withReviewDate(d.date());
        }
        if (change instanceof PlanEdit.EditItem e) {
            List<Item> items = new ArrayList<>(content.section(e.section()));
            checkIndex(items, e.index());
            items.set(e.index(), items.get(e.index()).withText(text(e.text()), user));
            return content.with(e.section(), items);
        }
        if (change instanceof PlanEdit.AddItem a) {
            List<Item> items = new ArrayList<>(content.section(a.section()));
            Item added = a.section() == Section.GOALS ? Item.goal(text(a.text()), List.of())
                    : a.section() == Section.COMMUNITY_CONNECTIONS ? Item.connection(text(a.text()), List.of()) : Item.of(text(a.text()), List.of());
            items.add(added.withText(added.text(), user));
            return content.with(a.section(), items);
        }
        if (change instanceof PlanEdit.RemoveItem r) {
            List<Item> items = new ArrayList<>(content.section(r.section()));
            checkIndex(items, r.index());
            items.remove(r.index());
            return content.with(r.section(), items);
        }
        if (change instanceof PlanEdit.MoveItem m) {
            List<Item> items = new ArrayList<>(content.section(m.section()));
            checkIndex(items, m.index());
            int to = m.index() + Integer.signum(m.by());
            if (to < 0 || to >= items.size()) {
                throw new InvalidEditException("That item cannot move any further.");
            }
            items.add(to, items.remove(m.index()));
            return content.with(m.section(), items);
        }
        if (change instanceof PlanEdit.SetActions s) {
            List<Item> goals = new ArrayList<>(content.goals());
            checkIndex(goals, s.goalIndex());
            List<String> actions = s.actions().stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
            if (actions.stream().anyMatch(a -> a.length() > 500)) {
                throw new InvalidEditException("Each action must be under 500 characters.");
            }
            goals.set(s.goalIndex(), goals.get(s.goalIndex()).withActions(actions, user));
            return content.with(Section.GOALS, goals);
        }
        if (change instanceof PlanEdit.Decide d) {
            if (!Set.of(Item.ACCEPTED, Item.DECLINED, Item.SUGGESTED).contains(d.decision())) {
                throw new InvalidEditException("A community connection is accepted or declined.");
            }
            List<Item> connections = new ArrayList<>(content.communityConnections());
            checkIndex(connections, d.connectionIndex());
            connections.set(d.connectionIndex(), connections.get(d.connectionIndex()).withDecision(d.decision()));
            return content.with(Section.COMMUNITY_CONNECTIONS, connections);
        }
        throw new InvalidEditException("Unknown change.");
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEditException("The text is empty. Write something, or remove the item instead.");
        }
        if (text.length() > 2000) {
            throw new InvalidEditException("The text is too long: keep it under 2000 characters.");
        }
        return text.strip();
    }

    private static void checkIndex(List<Item> items, int index) {
        if (index < 0 || index >= items.size()) {
            throw new InvalidEditException("That item is not in the plan any more. Reload the page to see the latest version.");
        }
    }

    private CarePlan find(String id) {
        return plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
    }

    private PlanContent content(CarePlan plan) {
        return json.readValue(plan.document(), PlanContent.class);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
