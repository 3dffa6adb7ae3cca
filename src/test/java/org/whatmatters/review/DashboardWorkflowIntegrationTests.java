package org.whatmatters.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whatmatters.audit.AuditAction;
import org.whatmatters.audit.AuditLog;
import org.whatmatters.plan.PlanWorkflow;
import org.whatmatters.staff.StaffAccounts;
import org.whatmatters.staff.StaffRole;
import org.whatmatters.support.Drafts;
import org.whatmatters.support.FhirChecks;
import org.whatmatters.support.StaffBrowser;
import org.whatmatters.support.TestApp;
import tools.jackson.databind.JsonNode;

/** A link worker's day through the dashboard's own forms: take, correct, approve, export; with every version and audit row kept. */
class DashboardWorkflowIntegrationTests {

    private static final String LW = "lee.lw";
    private static final String PASSWORD = "lee-password-12345";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.inMemory().start();
        app.bean(StaffAccounts.class).create(LW, PASSWORD, StaffRole.LINK_WORKER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static StaffBrowser signedIn() {
        StaffBrowser b = new StaffBrowser(app);
        assertThat(b.signIn(LW, PASSWORD).location()).endsWith("/dashboard");
        return b;
    }

    private static JsonNode plan(String id) {
        return app.get("/api/plans/" + id, TestApp.admin()).json();
    }

    private static StaffBrowser.Page edit(StaffBrowser b, String id, Map<String, String> form) {
        b.get("/dashboard/plans/" + id);
        Map<String, String> withVersion = new java.util.LinkedHashMap<>(form);
        withVersion.putIfAbsent("version", String.valueOf(plan(id).get("version").asInt()));
        StaffBrowser.Page r = b.post("/dashboard/plans/" + id + "/edit", withVersion);
        assertThat(r.status()).isEqualTo(302);
        return r;
    }

    @Test
    void theQueueShowsUrgentPlansFirstThenOldest() {
        String calm = Drafts.plan(app, "Calm", false);
        String urgent = Drafts.plan(app, "Urgent", true);
        String body = signedIn().get("/dashboard").body();
        assertThat(body.indexOf(urgent)).isPositive().isLessThan(body.indexOf(calm));
        assertThat(body).contains("Urgent");
    }

    @Test
    void theReviewPageShowsTheFlagsWordsTheTranscriptAndEvidenceLinks() {
        String id = Drafts.plan(app, "Flo", true);
        String page = signedIn().get("/dashboard/plans/" + id).body();
        assertThat(page).contains("Urgent: safety concerns", "I don&#39;t want to be here anymore");
        JsonNode p = plan(id);
        long evidence = p.get("whatMatters").get(0).get("evidence").get(0).asLong();
        assertThat(page).contains("id=\"m-" + evidence + "\"").contains("data-evidence=\"" + evidence + "\"");
        assertThat(app.bean(AuditLog.class).forPlan(id)).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.VIEWED));
    }

    @Test
    void everyKindOfCorrectionMakesANewVersionAndKeepsTheOldOne() {
        String id = Drafts.plan(app, "Gus", false);
        StaffBrowser b = signedIn();
        b.get("/dashboard/plans/" + id);
        assertThat(b.post("/dashboard/plans/" + id + "/take", Map.of()).status()).isEqualTo(302);
        assertThat(plan(id).get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(plan(id).get("assignedTo").asString()).isEqualTo(LW);

        edit(b, id, Map.of("op", "edit", "section", "whatMatters", "index", "0", "text", "Seeing my grandchildren every week"));
        edit(b, id, Map.of("op", "add", "section", "needs", "text", "Help with the stairs at home"));
        edit(b, id, Map.of("op", "down", "section", "whatMatters", "index", "0"));
        edit(b, id, Map.of("op", "remove", "section", "strengths", "index", "0"));
        edit(b, id, Map.of("op", "actions", "index", "0", "text", "Jo: walk to the corner shop twice a week\nLink worker: ask about a walking group"));
        edit(b, id, Map.of("op", "accept", "index", "0"));
        edit(b, id, Map.of("op", "review-date", "text", "2027-02-01"));
        edit(b, id, Map.of("op", "note", "text", "Talked it through by phone."));

        JsonNode p = plan(id);
        assertThat(p.get("whatMatters").get(1).get("text").asString()).isEqualTo("Seeing my grandchildren every week");
        assertThat(p.get("whatMatters").get(1).get("editedBy").asString()).isEqualTo(LW);
        assertThat(p.get("whatMatters").get(1).get("evidence").size()).as("an edited item keeps its evidence").isPositive();
        assertThat(p.get("needs").toString()).contains("Help with the stairs at home");
        assertThat(p.get("strengths").size()).isZero();
        assertThat(p.get("goals").get(0).get("actions").toString()).contains("Link worker: ask about a walking group");
        assertThat(p.get("communityConnections").get(0).get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(p.get("reviewDate").asString()).isEqualTo("2027-02-01");
        assertThat(p.get("reviewerNote").asString()).isEqualTo("Talked it through by phone.");

        List<PlanWorkflow.VersionEntry> history = app.bean(PlanWorkflow.class).history(id);
        assertThat(history).hasSize(10);
        assertThat(history.get(history.size() - 1).change()).contains("Drafted");
        assertThat(app.bean(PlanWorkflow.class).version(id, 1).whatMatters().get(0).text()).isEqualTo("My grandchildren");
        assertThat(b.get("/dashboard/plans/" + id + "/history").body()).contains("Version 10", "Version 1", "Added an item to Needs");
        assertThat(app.bean(AuditLog.class).forPlan(id)).filteredOn(e -> e.action() == AuditAction.EDITED).hasSize(8);
    }

    @Test
    void aBadOrStaleCorrectionIsRefusedWithAClearMessageAndChangesNothing() {
        String id = Drafts.plan(app, "Hal", false);
        StaffBrowser b = signedIn();
        int before = plan(id).get("version").asInt();
        edit(b, id, Map.of("op", "edit", "section", "needs", "index", "99", "text", "x"));
        assertThat(b.get("/dashboard/plans/" + id).body()).contains("not in the plan any more");
        edit(b, id, Map.of("op", "add", "section", "needs", "text", "   "));
        edit(b, id, Map.of("op", "add", "section", "needs", "text", "stale change", "version", String.valueOf(before - 1)));
        assertThat(b.get("/dashboard/plans/" + id).body()).contains("changed by someone else");
        assertThat(plan(id).get("version").asInt()).isEqualTo(before);
        assertThat(plan(id).get("needs").toString()).doesNotContain("stale change");
    }

    @Test
    void statusChangesFollowTheRules() {
        String id = Drafts.plan(app, "Ida", false);
        StaffBrowser b = signedIn();
        PlanWorkflow flow = app.bean(PlanWorkflow.class);

        // DRAFT -> APPROVED is allowed; an approved plan is read-only.
        assertThat(app.post("/api/plans/" + id + "/approve", "", TestApp.admin()).status()).isEqualTo(200);
        assertThat(plan(id).get("status").asString()).isEqualTo("APPROVED");
        assertThat(app.post("/api/plans/" + id + "/approve", "", TestApp.admin()).status()).as("approve twice").isEqualTo(409);
        edit(b, id, Map.of("op", "add", "section", "needs", "text", "late change"));
        assertThat(plan(id).get("needs").toString()).doesNotContain("late change");
        b.get("/dashboard/plans/" + id);
        b.post("/dashboard/plans/" + id + "/return", Map.of("version", String.valueOf(plan(id).get("version").asInt())));
        assertThat(plan(id).get("status").asString()).as("an approved plan cannot be returned").isEqualTo("APPROVED");

        // APPROVED -> new version (IN_REVIEW), change, approve again; both approved versions stay in the history.
        b.get("/dashboard/plans/" + id);
        b.post("/dashboard/plans/" + id + "/new-version", Map.of());
        assertThat(plan(id).get("status").asString()).isEqualTo("IN_REVIEW");
        edit(b, id, Map.of("op", "add", "section", "needs", "text", "A new need"));
        b.get("/dashboard/plans/" + id);
        b.post("/dashboard/plans/" + id + "/approve", Map.of("version", String.valueOf(plan(id).get("version").asInt())));
        assertThat(plan(id).get("status").asString()).isEqualTo("APPROVED");
        assertThat(flow.history(id)).filteredOn(v -> v.status().name().equals("APPROVED")).hasSizeGreaterThanOrEqualTo(2);

        // IN_REVIEW -> RETURNED; a returned plan cannot be approved until it is taken again.
        String other = Drafts.plan(app, "Jay", false);
        b.get("/dashboard/plans/" + other);
        b.post("/dashboard/plans/" + other + "/take", Map.of());
        b.get("/dashboard/plans/" + other);
        b.post("/dashboard/plans/" + other + "/return", Map.of("version", String.valueOf(plan(other).get("version").asInt()), "reason", "Needs a proper talk"));
        assertThat(plan(other).get("status").asString()).isEqualTo("RETURNED");
        assertThat(plan(other).get("reviewerNote").asString()).isEqualTo("Needs a proper talk");
        assertThat(app.post("/api/plans/" + other + "/approve", "", TestApp.admin()).status()).isEqualTo(409);
        b.get("/dashboard/plans/" + other);
        b.post("/dashboard/plans/" + other + "/take", Map.of());
        assertThat(plan(other).get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(app.post("/api/plans/" + other + "/approve?version=1", "", TestApp.admin()).status()).as("stale version").isEqualTo(409);
        assertThat(app.post("/api/plans/" + other + "/approve", "", TestApp.admin()).status()).isEqualTo(200);

        assertThat(app.bean(AuditLog.class).forPlan(other)).extracting(AuditLog.Entry::action)
                .contains(AuditAction.TAKEN, AuditAction.RETURNED, AuditAction.APPROVED);
    }

    @Test
    void thePdfIsWrittenForThePersonAndTheFhirBundleValidates() throws Exception {
        String id = Drafts.plan(app, "Kay", false);
        StaffBrowser b = signedIn();
        edit(b, id, Map.of("op", "accept", "index", "0"));
        app.post("/api/plans/" + id + "/approve", "", TestApp.admin());

        byte[] pdf = b.download("/dashboard/plans/" + id + "/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Your care and support plan", "Kay", "What matters to you", "My grandchildren", "If things get worse",
                    "Samaritans").doesNotContain("DRAFT");
        }

        String json = new String(b.download("/dashboard/plans/" + id + "/fhir"), java.nio.charset.StandardCharsets.UTF_8);
        Bundle bundle = FhirChecks.context().newJsonParser().parseResource(Bundle.class, json);
        FhirChecks.assertValid(bundle);
        CarePlan carePlan = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(r -> r instanceof CarePlan)
                .map(r -> (CarePlan) r).findFirst().orElseThrow();
        assertThat(carePlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(carePlan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(r -> r instanceof Goal)
                .map(r -> ((Goal) r).getLifecycleStatus())).containsOnly(Goal.GoalLifecycleStatus.ACCEPTED);

        TestApp.Response api = app.get("/api/plans/" + id + "/fhir", TestApp.admin());
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("Content-Type")).contains("application/fhir+json");
        assertThat(app.get("/api/plans/" + id + "/pdf", TestApp.admin()).body()).startsWith("%PDF");
        assertThat(app.bean(AuditLog.class).forPlan(id)).extracting(AuditLog.Entry::action)
                .contains(AuditAction.EXPORTED_PDF, AuditAction.EXPORTED_FHIR);
    }

    @Test
    void aDraftExportsAsAProposalAndThePdfSaysDraft() throws Exception {
        String id = Drafts.plan(app, "Lou", false);
        Bundle bundle = FhirChecks.context().newJsonParser().parseResource(Bundle.class, app.get("/api/plans/" + id + "/fhir", TestApp.admin()).body());
        FhirChecks.assertValid(bundle);
        CarePlan carePlan = (CarePlan) bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(r -> r instanceof CarePlan)
                .findFirst().orElseThrow();
        assertThat(carePlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(carePlan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PROPOSAL);
        try (PDDocument doc = Loader.loadPDF(signedIn().download("/dashboard/plans/" + id + "/pdf"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("DRAFT");
        }
    }

    @Test
    void whatAPersonTypedIsEscapedOnTheReviewPage() {
        org.whatmatters.support.Chat chat = org.whatmatters.support.Chat.start(app, null);
        for (String t : List.of("yes", "<b>Bo</b>", "<script>alert('x')</script> and <img src=x onerror=alert(1)>", "no")) {
            chat.say(t);
        }
        for (int i = 0; i < 10; i++) {
            chat.say("skip");
        }
        chat.say("no");
        chat.say("yes");
        String id = chat.plan().get("id").asString();
        String page = signedIn().get("/dashboard/plans/" + id).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>Bo</b>");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("&lt;b&gt;Bo&lt;/b&gt;");
    }

    @Test
    void callBackRequestsAppearInTheQueueUntilDone() {
        org.whatmatters.support.Chat chat = org.whatmatters.support.Chat.start(app, null);
        chat.say("yes");
        chat.say("can I speak to a real person");
        StaffBrowser b = signedIn();
        String queue = b.get("/dashboard").body();
        assertThat(queue).contains("People waiting for a call back").contains(chat.id());
        b.post("/dashboard/call-backs/" + chat.id() + "/done", Map.of());
        assertThat(b.get("/dashboard").body()).doesNotContain(chat.id());
    }

    @Test
    void theFunnelShowsHowFarConversationsGetPerStep() {
        Drafts.plan(app, "Max", false);
        String page = signedIn().get("/dashboard/funnel").body();
        assertThat(page).contains("what-matters (version 1) by web", "Your name", "What matters to you", "conversations started");
    }
}
