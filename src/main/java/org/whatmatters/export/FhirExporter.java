package org.whatmatters.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Exports a personalised care and support plan as an HL7 FHIR R4 {@code collection} Bundle.
 *
 * <p>The bundle holds a {@link CarePlan}, one {@link Goal} per goal, a {@link QuestionnaireResponse}
 * for the ONS4 wellbeing questions, a {@link Consent} (when a consent decision was recorded) and a
 * minimal {@link Patient} carrying only the preferred name, so that every reference resolves inside
 * the bundle. Entries are addressed by {@code urn:uuid:} full URLs derived deterministically from
 * the plan id and version: exporting the same plan version twice yields identical JSON.
 *
 * <p>No profiles and no extensions are used, so the output validates against base FHIR R4.
 *
 * <p>Thread-safe: the {@link FhirContext} is created once and shared; parsers are created per call.
 */
public final class FhirExporter {

    public static final String SNOMED_CT = "http://snomed.info/sct";
    public static final String SOCIAL_PRESCRIBING_REFERRAL_CODE = "871731000000106";
    public static final String SOCIAL_PRESCRIBING_REFERRAL_DISPLAY = "Referral to social prescribing service";
    public static final String LOINC = "http://loinc.org";
    public static final String CONSENT_DOCUMENT_CODE = "59284-0";
    public static final String CONSENT_SCOPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/consentscope";
    public static final String ONS4_QUESTIONNAIRE = "https://whatmatters.example/fhir/Questionnaire/ons4";
    public static final String CONSENT_POLICY_BASE = "https://whatmatters.example/consent/";
    public static final String PLAN_ID_SYSTEM = "https://whatmatters.example/fhir/plan-id";
    public static final String CONVERSATION_ID_SYSTEM = "https://whatmatters.example/fhir/conversation-id";
    public static final String CARE_PLAN_TITLE = "Personalised care and support plan";

    public static final String LINK_LIFE_SATISFACTION = "life-satisfaction";
    public static final String LINK_WORTHWHILE = "worthwhile";
    public static final String LINK_HAPPINESS = "happiness";
    public static final String LINK_ANXIETY = "anxiety";
    public static final String Q_LIFE_SATISFACTION = "Overall, how satisfied are you with your life nowadays?";
    public static final String Q_WORTHWHILE =
            "Overall, to what extent do you feel that the things you do in your life are worthwhile?";
    public static final String Q_HAPPINESS = "Overall, how happy did you feel yesterday?";
    public static final String Q_ANXIETY = "Overall, how anxious did you feel yesterday?";

    private static final String URN_UUID = "urn:uuid:";
    private static final String NAME_NOT_GIVEN = "Not given";

    private final FhirContext ctx;

    /** Creates its own R4 {@link FhirContext} (expensive: create one exporter and reuse it). */
    public FhirExporter() {
        this(FhirContext.forR4());
    }

    /** Uses a shared R4 context, e.g. a Spring bean also used by a validator. */
    public FhirExporter(FhirContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        if (ctx.getVersion().getVersion() != FhirVersionEnum.R4) {
            throw new IllegalArgumentException("FhirContext must be R4 but is " + ctx.getVersion().getVersion());
        }
        this.ctx = ctx;
    }

    /** The R4 context used for encoding. */
    public FhirContext context() {
        return ctx;
    }

    /** Pretty-printed FHIR JSON of {@link #bundle(PlanExport)}. */
    public String json(PlanExport plan) {
        return ctx.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(plan));
    }

    /** Builds the collection bundle for one plan version. */
    public Bundle bundle(PlanExport plan) {
        Objects.requireNonNull(plan, "plan");
        String planId = clean(plan.planId());
        if (planId == null) {
            throw new IllegalArgumentException("planId is required");
        }
        boolean approved = isApproved(plan.status());
        Ids ids = new Ids(planId, plan.version());

        String patientUrn = ids.urn("patient");
        String carePlanUrn = ids.urn("careplan");
        String ons4Urn = ids.urn("ons4");
        String consentUrn = ids.urn("consent");

        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(ids.urn("bundle")));
        OffsetDateTime stamp = approved && plan.approvedAt() != null ? plan.approvedAt() : plan.createdAt();
        if (stamp != null) {
            bundle.setTimestampElement(new InstantType(format(stamp)));
        }

        // Goals first, so the care plan can point its activities at them.
        List<Goal> goals = new ArrayList<>();
        List<String> goalUrns = new ArrayList<>();
        List<List<String>> goalActions = new ArrayList<>();
        int goalIndex = 0;
        for (PlanExport.Goal g : nn(plan.goals())) {
            if (g == null) {
                continue;
            }
            String text = clean(g.text());
            List<String> actions = texts(g.actions());
            if (text == null && actions.isEmpty()) {
                continue;
            }
            String urn = null;
            if (text != null) {
                urn = ids.urn("goal/" + goalIndex++);
                Goal goal = new Goal();
                goal.setLifecycleStatus(approved
                        ? Goal.GoalLifecycleStatus.ACCEPTED
                        : Goal.GoalLifecycleStatus.PROPOSED);
                goal.setDescription(new CodeableConcept().setText(text));
                goal.setSubject(ref(patientUrn));
                goal.setExpressedBy(ref(patientUrn));
                goals.add(goal);
                goalUrns.add(urn);
            }
            List<String> withGoal = new ArrayList<>();
            withGoal.add(urn); // may be null: actions of a goal without wording stay unlinked
            withGoal.addAll(actions);
            goalActions.add(withGoal);
        }

        QuestionnaireResponse ons4 = ons4(plan, patientUrn);
        Consent consent = consent(plan.consent(), patientUrn);
        CarePlan carePlan = carePlan(plan, planId, approved, patientUrn, goalUrns, goalActions, ons4Urn,
                consent == null ? null : consentUrn);

        add(bundle, carePlanUrn, carePlan);
        add(bundle, patientUrn, patient(plan));
        for (int i = 0; i < goals.size(); i++) {
            add(bundle, goalUrns.get(i), goals.get(i));
        }
        add(bundle, ons4Urn, ons4);
        if (consent != null) {
            add(bundle, consentUrn, consent);
        }
        return bundle;
    }

    // ---------------------------------------------------------------- resources

    private static Patient patient(PlanExport plan) {
        Patient patient = new Patient();
        String name = clean(plan.preferredName());
        patient.addName().setText(name == null ? NAME_NOT_GIVEN : name);
        return patient;
    }

    private static CarePlan carePlan(PlanExport plan, String planId, boolean approved, String patientUrn,
            List<String> goalUrns, List<List<String>> goalActions, String ons4Urn, String consentUrn) {
        CarePlan cp = new CarePlan();
        cp.addIdentifier().setSystem(PLAN_ID_SYSTEM).setValue(planId);
        String conversationId = clean(plan.conversationId());
        if (conversationId != null) {
            cp.addIdentifier().setSystem(CONVERSATION_ID_SYSTEM).setValue(conversationId);
        }
        cp.setStatus(approved ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.DRAFT);
        cp.setIntent(approved ? CarePlan.CarePlanIntent.PLAN : CarePlan.CarePlanIntent.PROPOSAL);
        cp.addCategory(new CodeableConcept()
                .addCoding(new Coding(SNOMED_CT, SOCIAL_PRESCRIBING_REFERRAL_CODE, SOCIAL_PRESCRIBING_REFERRAL_DISPLAY))
                .setText("Social prescribing"));
        cp.setTitle(CARE_PLAN_TITLE);

        List<String> matters = new ArrayList<>();
        for (PlanExport.Entry e : nn(plan.whatMatters())) {
            String t = e == null ? null : clean(e.text());
            if (t != null) {
                matters.add(t);
            }
        }
        if (!matters.isEmpty()) {
            cp.setDescription("What matters to me: " + String.join("; ", matters));
        }

        cp.setSubject(ref(patientUrn));
        if (plan.reviewDate() != null) {
            cp.getPeriod().setEndElement(new DateTimeType(plan.reviewDate().toString()));
        }
        if (plan.createdAt() != null) {
            cp.setCreatedElement(new DateTimeType(format(plan.createdAt())));
        }
        for (String urn : goalUrns) {
            cp.addGoal(ref(urn));
        }
        cp.addSupportingInfo(ref(ons4Urn));
        if (consentUrn != null) {
            cp.addSupportingInfo(ref(consentUrn));
        }

        for (List<String> ga : goalActions) {
            String goalUrn = ga.get(0);
            for (String action : ga.subList(1, ga.size())) {
                CarePlan.CarePlanActivityDetailComponent d = cp.addActivity().getDetail();
                d.setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED);
                d.setDescription(action);
                if (goalUrn != null) {
                    d.addGoal(ref(goalUrn));
                }
            }
        }
        for (PlanExport.Connection c : nn(plan.communityConnections())) {
            String text = c == null ? null : clean(c.text());
            if (text == null) {
                continue;
            }
            String decision = c.decision() == null ? "SUGGESTED" : c.decision().trim().toUpperCase(Locale.ROOT);
            CarePlan.CarePlanActivityDetailComponent d = cp.addActivity().getDetail();
            d.setCode(new CodeableConcept().setText("Community connection"));
            d.setDescription(text);
            if ("ACCEPTED".equals(decision)) {
                d.setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED);
            } else if ("DECLINED".equals(decision)) {
                d.setStatus(CarePlan.CarePlanActivityStatus.CANCELLED);
                d.setStatusReason(new CodeableConcept().setText("Declined by the person"));
            } else {
                d.setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED);
                d.setStatusReason(new CodeableConcept().setText("Suggested; not yet agreed with the person"));
            }
        }

        for (PlanExport.Entry e : nn(plan.strengths())) {
            note(cp, "Strength: ", e == null ? null : e.text());
        }
        for (PlanExport.Entry e : nn(plan.needs())) {
            note(cp, "Need: ", e == null ? null : e.text());
        }
        for (PlanExport.Entry e : nn(plan.supportNetwork())) {
            note(cp, "Support: ", e == null ? null : e.text());
        }
        for (String p : nn(plan.preferences())) {
            note(cp, "Preference: ", p);
        }
        note(cp, "If things get worse: ", plan.contingency());
        Annotation reviewer = note(cp, "Reviewer note: ", plan.reviewerNote());
        String approvedBy = clean(plan.approvedBy());
        if (reviewer != null && approvedBy != null) {
            reviewer.setAuthor(new org.hl7.fhir.r4.model.StringType(approvedBy));
        }
        return cp;
    }

    private static QuestionnaireResponse ons4(PlanExport plan, String patientUrn) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setQuestionnaire(ONS4_QUESTIONNAIRE);
        boolean complete = plan.lifeSatisfaction() != null && plan.worthwhile() != null
                && plan.happiness() != null && plan.anxiety() != null;
        qr.setStatus(complete
                ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
                : QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        qr.setSubject(ref(patientUrn));
        qr.setSource(ref(patientUrn));
        if (plan.createdAt() != null) {
            qr.setAuthoredElement(new DateTimeType(format(plan.createdAt())));
        }
        item(qr, LINK_LIFE_SATISFACTION, Q_LIFE_SATISFACTION, plan.lifeSatisfaction());
        item(qr, LINK_WORTHWHILE, Q_WORTHWHILE, plan.worthwhile());
        item(qr, LINK_HAPPINESS, Q_HAPPINESS, plan.happiness());
        item(qr, LINK_ANXIETY, Q_ANXIETY, plan.anxiety());
        return qr;
    }

    private static void item(QuestionnaireResponse qr, String linkId, String text, Integer score) {
        QuestionnaireResponse.QuestionnaireResponseItemComponent item = qr.addItem().setLinkId(linkId).setText(text);
        if (score != null) {
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("ONS4 score '" + linkId + "' must be 0..10 but is " + score);
            }
            item.addAnswer().setValue(new IntegerType(score));
        }
    }

    private static Consent consent(PlanExport.Consent c, String patientUrn) {
        if (c == null || c.given() == null) {
            return null; // no decision recorded: nothing to export
        }
        boolean given = c.given();
        Consent consent = new Consent();
        consent.setStatus(given ? Consent.ConsentState.ACTIVE : Consent.ConsentState.REJECTED);
        consent.setScope(new CodeableConcept()
                .addCoding(new Coding(CONSENT_SCOPE_SYSTEM, "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept()
                .addCoding(new Coding(LOINC, CONSENT_DOCUMENT_CODE, "Consent Document")));
        consent.setPatient(ref(patientUrn));
        consent.addPerformer(ref(patientUrn));
        if (c.at() != null) {
            consent.setDateTimeElement(new DateTimeType(format(c.at())));
        }
        String version = clean(c.version());
        consent.addPolicy().setUri(CONSENT_POLICY_BASE
                + (version == null ? "unversioned" : URLEncoder.encode(version, StandardCharsets.UTF_8).replace("+", "%20")));
        consent.getProvision().setType(given ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY);
        return consent;
    }

    // ---------------------------------------------------------------- helpers

    private static boolean isApproved(String status) {
        String s = status == null ? "" : status.trim().toUpperCase(Locale.ROOT);
        if ("APPROVED".equals(s)) {
            return true;
        }
        if ("DRAFT".equals(s) || "IN_REVIEW".equals(s) || "RETURNED".equals(s)) {
            return false;
        }
        throw new IllegalArgumentException("Unknown plan status: " + status);
    }

    private static void add(Bundle bundle, String urn, Resource resource) {
        bundle.addEntry().setFullUrl(urn).setResource(resource);
    }

    private static Reference ref(String urn) {
        return new Reference(urn);
    }

    /** Adds a note (Annotation.text is markdown, so the person's text is escaped). */
    private static Annotation note(CarePlan cp, String prefix, String text) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        Annotation a = new Annotation();
        a.setText(prefix + markdownEscape(t));
        cp.addNote(a);
        return a;
    }

    /**
     * Makes free text safe and literal inside FHIR markdown: backslashes and '<' are
     * backslash-escaped (CommonMark), so no raw HTML, autolink or comment can be formed.
     */
    static String markdownEscape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' || ch == '<') {
                b.append('\\');
            }
            b.append(ch);
        }
        return b.toString();
    }

    /**
     * Trims, drops control characters FHIR strings may not contain (all but TAB, LF, CR),
     * and returns null for blank text (FHIR forbids empty strings).
     */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch != 0x7F || ch == '\t' || ch == '\n' || ch == '\r') {
                b.append(ch);
            }
        }
        String t = b.toString().strip();
        return t.isEmpty() ? null : t;
    }

    private static List<String> texts(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String s : nn(in)) {
            String t = clean(s);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static <T> List<T> nn(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** FHIR dateTime/instant text with seconds precision and the original offset. */
    private static String format(OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Name-based (type 3) UUIDs: stable for a given plan id and version. */
    private record Ids(String planId, int version) {
        String urn(String role) {
            String key = "whatmatters/plan/" + planId + "/v" + version + "/" + role;
            return URN_UUID + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        }
    }
}
