package org.whatmatters.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.util.FhirTerser;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.whatmatters.support.FhirChecks;
import org.junit.jupiter.api.Test;

class FhirExporterTests {

    private static final FhirExporter EXPORTER = new FhirExporter();

    private static final String WORDS = "Getting back to the allotment with \"my Dad's\" old tools <script>alert('x')</script>";

    @BeforeAll
    static void warmUpValidator() {
        // the first validation loads and converts the R4 core definitions: do it once, up front
        FhirChecks.validate(EXPORTER.bundle(draft()));
    }

    // ---------------------------------------------------------------- fixtures

    static PlanExport plan(String status, PlanExport.Consent consent) {
        boolean approved = "APPROVED".equals(status);
        return new PlanExport(
                "plan-123", "conv-456", status, approved ? 3 : 2,
                "Jo \"JJ\" O'Neill",
                OffsetDateTime.of(2025, 3, 4, 10, 15, 30, 123_000_000, ZoneOffset.UTC),
                approved ? OffsetDateTime.of(2025, 3, 6, 9, 0, 0, 0, ZoneOffset.ofHours(1)) : null,
                approved ? "Sam Link-Worker" : null,
                List.of(new PlanExport.Entry(WORDS, List.of("nature", "family")),
                        new PlanExport.Entry("Seeing my grandchildren on Sundays", List.of("family"))),
                List.of(new PlanExport.Entry("Good with my hands", List.of("skills"))),
                List.of(new PlanExport.Entry("Feeling lonely since I retired <b>bold</b> \\o/", List.of("loneliness"))),
                List.of(new PlanExport.Goal("Spend two mornings a week outdoors",
                                List.of("Visit the community garden on Tuesday", "Ask about an allotment waiting list")),
                        new PlanExport.Goal("Feel less lonely", List.of())),
                List.of(new PlanExport.Entry("My neighbour Pat", List.of())),
                List.of(new PlanExport.Connection("Men's Shed, St Mary's church hall", "ACCEPTED"),
                        new PlanExport.Connection("Walking football", "DECLINED"),
                        new PlanExport.Connection("Library reading group", "SUGGESTED")),
                6, 7, null, 4,
                List.of("Phone calls rather than letters", "   "),
                "Ring my daughter and the link worker",
                LocalDate.of(2025, 6, 4),
                consent,
                approved ? "Agreed with Jo on the phone" : "Please add a contingency");
    }

    static PlanExport draft() {
        return plan("DRAFT", new PlanExport.Consent("2025-01", true, OffsetDateTime.parse("2025-03-04T10:00:00Z")));
    }

    static PlanExport approved() {
        return plan("APPROVED", new PlanExport.Consent("2025-01", true, OffsetDateTime.parse("2025-03-04T10:00:00Z")));
    }

    static PlanExport refused() {
        return plan("IN_REVIEW", new PlanExport.Consent("2025-01", false, OffsetDateTime.parse("2025-03-04T10:00:00+01:00")));
    }

    static <T extends Resource> List<T> all(Bundle b, Class<T> type) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    static <T extends Resource> T one(Bundle b, Class<T> type) {
        List<T> found = all(b, type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    static void assertValid(Resource resource) {
        FhirChecks.assertValid(resource);
    }

    // ---------------------------------------------------------------- tests

    @Test
    void draftIsAProposalWithProposedGoals() {
        Bundle b = EXPORTER.bundle(draft());
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        CarePlan cp = one(b, CarePlan.class);
        assertThat(cp.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(cp.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PROPOSAL);
        assertThat(all(b, Goal.class)).hasSize(2)
                .allSatisfy(g -> assertThat(g.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.PROPOSED));
        for (String s : List.of("IN_REVIEW", "RETURNED")) {
            CarePlan other = one(EXPORTER.bundle(plan(s, null)), CarePlan.class);
            assertThat(other.getStatus()).as(s).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
            assertThat(other.getIntent()).as(s).isEqualTo(CarePlan.CarePlanIntent.PROPOSAL);
        }
    }

    @Test
    void approvedIsAnActivePlanWithAcceptedGoals() {
        Bundle b = EXPORTER.bundle(approved());
        CarePlan cp = one(b, CarePlan.class);
        assertThat(cp.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(cp.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(all(b, Goal.class)).hasSize(2)
                .allSatisfy(g -> assertThat(g.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.ACCEPTED));
        assertThat(b.getTimestampElement().getValueAsString()).isEqualTo("2025-03-06T09:00:00+01:00");
        assertThat(cp.getNote()).anySatisfy(n -> {
            assertThat(n.getText()).isEqualTo("Reviewer note: Agreed with Jo on the phone");
            assertThat(n.getAuthorStringType().getValue()).isEqualTo("Sam Link-Worker");
        });
    }

    @Test
    void carePlanContent() {
        Bundle b = EXPORTER.bundle(draft());
        CarePlan cp = one(b, CarePlan.class);
        assertThat(cp.getTitle()).isEqualTo("Personalised care and support plan");
        assertThat(cp.getCategory()).hasSize(1);
        assertThat(cp.getCategoryFirstRep().getCoding()).singleElement().satisfies(c -> {
            assertThat(c.getSystem()).isEqualTo("http://snomed.info/sct");
            assertThat(c.getCode()).isEqualTo("871731000000106");
            assertThat(c.getDisplay()).isEqualTo("Referral to social prescribing service");
        });
        assertThat(cp.getDescription()).isEqualTo("What matters to me: " + WORDS + "; Seeing my grandchildren on Sundays");
        assertThat(cp.getCreatedElement().getValueAsString()).isEqualTo("2025-03-04T10:15:30Z");
        assertThat(cp.getPeriod().getEndElement().getValueAsString()).isEqualTo("2025-06-04");
        assertThat(cp.getGoal()).hasSize(2);

        List<CarePlan.CarePlanActivityDetailComponent> acts = cp.getActivity().stream()
                .map(CarePlan.CarePlanActivityComponent::getDetail).collect(Collectors.toList());
        assertThat(acts).extracting(CarePlan.CarePlanActivityDetailComponent::getDescription).containsExactly(
                "Visit the community garden on Tuesday", "Ask about an allotment waiting list",
                "Men's Shed, St Mary's church hall", "Walking football", "Library reading group");
        assertThat(acts).extracting(CarePlan.CarePlanActivityDetailComponent::getStatus).containsExactly(
                CarePlan.CarePlanActivityStatus.NOTSTARTED, CarePlan.CarePlanActivityStatus.NOTSTARTED,
                CarePlan.CarePlanActivityStatus.NOTSTARTED, CarePlan.CarePlanActivityStatus.CANCELLED,
                CarePlan.CarePlanActivityStatus.NOTSTARTED);
        // goal actions point at their goal
        assertThat(acts.get(0).getGoalFirstRep().getReference()).isEqualTo(cp.getGoal().get(0).getReference());

        assertThat(cp.getNote()).extracting(n -> n.getText()).containsExactly(
                "Strength: Good with my hands",
                "Need: Feeling lonely since I retired \\<b>bold\\</b> \\\\o/",
                "Support: My neighbour Pat",
                "Preference: Phone calls rather than letters",
                "If things get worse: Ring my daughter and the link worker",
                "Reviewer note: Please add a contingency");
        Patient patient = one(b, Patient.class);
        assertThat(patient.getNameFirstRep().getText()).isEqualTo("Jo \"JJ\" O'Neill");
        assertThat(patient.getIdentifier()).isEmpty();
    }

    @Test
    void ons4AnswersAndSkippedQuestion() {
        QuestionnaireResponse qr = one(EXPORTER.bundle(draft()), QuestionnaireResponse.class);
        assertThat(qr.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        assertThat(qr.getQuestionnaire()).isEqualTo("https://whatmatters.example/fhir/Questionnaire/ons4");
        assertThat(qr.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("life-satisfaction", "worthwhile", "happiness", "anxiety");
        assertThat(qr.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getText)
                .containsExactly("Overall, how satisfied are you with your life nowadays?",
                        "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
                        "Overall, how happy did you feel yesterday?",
                        "Overall, how anxious did you feel yesterday?");
        assertThat(qr.getItem().get(0).getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(6);
        assertThat(qr.getItem().get(1).getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(7);
        assertThat(qr.getItem().get(2).getAnswer()).isEmpty();
        assertThat(qr.getItem().get(3).getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(4);

        PlanExport p = draft();
        PlanExport all = new PlanExport(p.planId(), p.conversationId(), p.status(), p.version(), p.preferredName(),
                p.createdAt(), p.approvedAt(), p.approvedBy(), p.whatMatters(), p.strengths(), p.needs(), p.goals(),
                p.supportNetwork(), p.communityConnections(), 6, 7, 0, 10, p.preferences(), p.contingency(),
                p.reviewDate(), p.consent(), p.reviewerNote());
        QuestionnaireResponse complete = one(EXPORTER.bundle(all), QuestionnaireResponse.class);
        assertThat(complete.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(complete.getItem()).allSatisfy(i -> assertThat(i.getAnswer()).hasSize(1));
    }

    @Test
    void consentGivenAndRefused() {
        Consent given = one(EXPORTER.bundle(draft()), Consent.class);
        assertThat(given.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(given.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.PERMIT);
        assertThat(given.getScope().getCodingFirstRep().getSystem())
                .isEqualTo("http://terminology.hl7.org/CodeSystem/consentscope");
        assertThat(given.getScope().getCodingFirstRep().getCode()).isEqualTo("patient-privacy");
        assertThat(given.getCategoryFirstRep().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(given.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("59284-0");
        assertThat(given.getPolicyFirstRep().getUri()).isEqualTo("https://whatmatters.example/consent/2025-01");
        assertThat(given.getDateTimeElement().getValueAsString()).isEqualTo("2025-03-04T10:00:00Z");

        Consent refused = one(EXPORTER.bundle(refused()), Consent.class);
        assertThat(refused.getStatus()).isEqualTo(Consent.ConsentState.REJECTED);
        assertThat(refused.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.DENY);

        assertThat(all(EXPORTER.bundle(plan("DRAFT", null)), Consent.class)).isEmpty();
    }

    @Test
    void everyReferenceResolvesToABundleEntry() {
        for (PlanExport p : List.of(draft(), approved(), refused())) {
            Bundle b = EXPORTER.bundle(p);
            Set<String> fullUrls = new HashSet<>();
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                assertThat(e.getFullUrl()).startsWith("urn:uuid:");
                assertThat(fullUrls.add(e.getFullUrl())).as("unique fullUrl %s", e.getFullUrl()).isTrue();
            }
            FhirTerser terser = EXPORTER.context().newTerser();
            List<Reference> refs = b.getEntry().stream()
                    .flatMap(e -> terser.getAllPopulatedChildElementsOfType(e.getResource(), Reference.class).stream())
                    .collect(Collectors.toList());
            assertThat(refs).hasSizeGreaterThan(10);
            assertThat(refs).allSatisfy(r -> assertThat(fullUrls).contains(r.getReference()));
        }
    }

    @Test
    void jsonRoundTripsAndIsStable() {
        String json = EXPORTER.json(draft());
        assertThat(json).contains("\"resourceType\": \"Bundle\"").contains("\n");
        Bundle parsed = EXPORTER.context().newJsonParser().parseResource(Bundle.class, json);
        assertThat(one(parsed, CarePlan.class).getDescription()).contains(WORDS);
        String again = EXPORTER.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(parsed);
        assertThat(again).isEqualTo(json);
        // deterministic: same plan version gives the same document, a new version a new identifier
        assertThat(EXPORTER.json(draft())).isEqualTo(json);
        assertThat(EXPORTER.bundle(approved()).getIdentifier().getValue())
                .isNotEqualTo(parsed.getIdentifier().getValue()).startsWith("urn:uuid:");
    }

    @Test
    void draftValidates() {
        assertValid(EXPORTER.bundle(draft()));
    }

    @Test
    void approvedValidates() {
        assertValid(EXPORTER.bundle(approved()));
    }

    @Test
    void refusedConsentValidates() {
        assertValid(EXPORTER.bundle(refused()));
    }

    @Test
    void parsedJsonValidates() {
        String json = EXPORTER.json(approved());
        assertValid(EXPORTER.context().newJsonParser().parseResource(Bundle.class, json));
    }

    @Test
    void eachResourceValidatesOnItsOwn() {
        for (Bundle.BundleEntryComponent e : EXPORTER.bundle(approved()).getEntry()) {
            assertValid(e.getResource());
        }
    }

    @Test
    void validatorDoesReportErrors() {
        // guards against a validator set-up that silently accepts everything
        Bundle b = EXPORTER.bundle(draft());
        one(b, CarePlan.class).setStatus(null);
        one(b, Consent.class).getScope().getCodingFirstRep().setCode("not-a-scope");
        List<SingleValidationMessage> errors = FhirChecks.validate(b).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR).collect(Collectors.toList());
        assertThat(errors).anySatisfy(m -> assertThat(m.getLocationString()).contains("CarePlan"));
        assertThat(errors).anySatisfy(m -> assertThat(m.getLocationString()).contains("Consent"));
    }

    @Test
    void nearlyEmptyPlanValidates() {
        PlanExport empty = new PlanExport("p-1", null, "DRAFT", 1, "  ", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, " ", null, null, null);
        Bundle b = EXPORTER.bundle(empty);
        assertThat(one(b, Patient.class).getNameFirstRep().getText()).isEqualTo("Not given");
        assertThat(one(b, QuestionnaireResponse.class).getStatus())
                .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        assertValid(b);
    }

    @Test
    void rejectsUnknownStatusAndOutOfRangeScores() {
        assertThatThrownBy(() -> EXPORTER.bundle(plan("ARCHIVED", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ARCHIVED");
        PlanExport p = draft();
        PlanExport bad = new PlanExport(p.planId(), p.conversationId(), p.status(), p.version(), p.preferredName(),
                p.createdAt(), p.approvedAt(), p.approvedBy(), p.whatMatters(), p.strengths(), p.needs(), p.goals(),
                p.supportNetwork(), p.communityConnections(), 11, 7, 0, 10, p.preferences(), p.contingency(),
                p.reviewDate(), p.consent(), p.reviewerNote());
        assertThatThrownBy(() -> EXPORTER.bundle(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("life-satisfaction");
    }
}
