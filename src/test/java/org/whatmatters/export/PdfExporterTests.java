package org.whatmatters.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.whatmatters.export.PlanExport.Connection;
import org.whatmatters.export.PlanExport.Consent;
import org.whatmatters.export.PlanExport.Entry;
import org.whatmatters.export.PlanExport.Goal;

class PdfExporterTests {

    private final PdfExporter exporter = new PdfExporter();

    static final List<String> ALL_HEADINGS = List.of(
            PlanHtml.H_WHAT_MATTERS, PlanHtml.H_STRENGTHS, PlanHtml.H_NEEDS, PlanHtml.H_GOALS,
            PlanHtml.H_SUPPORT, PlanHtml.H_CONNECTIONS, PlanHtml.H_FEELING, PlanHtml.H_KEEP_IN_TOUCH,
            PlanHtml.H_CONTINGENCY, PlanHtml.H_REVIEW);

    // ---------------------------------------------------------------- fixtures

    static Entry entry(String text, String... themes) {
        return new Entry(text, List.of(themes));
    }

    static PlanExport approvedPlan() {
        return new PlanExport(
                "plan-7f3a2c", "conv-1188", "APPROVED", 3,
                "Margaret",
                OffsetDateTime.of(2026, 11, 23, 10, 15, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 11, 24, 14, 0, 0, 0, ZoneOffset.UTC),
                "lw-jane.doe",
                List.of(entry("Seeing my grandchildren every Sunday", "family"),
                        entry("Getting back to my allotment", "nature", "activity"),
                        entry("Feeling less alone in the evenings", "loneliness")),
                List.of(entry("I’m a good cook – everyone says my café-style scones are the best", "skills"),
                        entry("My neighbour Pat & I look out for each other", "community")),
                List.of(entry("My knees hurt on the stairs", "mobility"),
                        entry("Paying the gas bill – it went up by £40 a month", "money"),
                        entry("<script>alert(1)</script>", "test")),
                List.of(new Goal("Go to the allotment twice a week by spring",
                                List.of("Ask the council about a raised bed", "Pat will drive me on Tuesdays")),
                        new Goal("Get help with money worries",
                                List.of("Book an appointment with Citizens Advice"))),
                List.of(entry("My daughter Sue", "family"), entry("Pat next door", "neighbour")),
                List.of(new Connection("Tuesday Knit & Natter at St Mary’s church hall", "ACCEPTED"),
                        new Connection("Walking football for over-60s", "DECLINED"),
                        new Connection("Men’s Shed woodworking group", "SUGGESTED"),
                        new Connection("Greenfingers community garden", "ACCEPTED")),
                6, 7, 5, null,
                List.of("Phone me in the morning, not after 6pm", "Letters in large print please"),
                "If I feel very low I will ring Sue first.\nIf I can’t reach her I will call my GP surgery or NHS 111.",
                LocalDate.of(2027, 2, 23),
                new Consent("v2", true, OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC)),
                "Checked with Margaret by phone");
    }

    static PlanExport draftPlan() {
        PlanExport a = approvedPlan();
        return new PlanExport(a.planId(), a.conversationId(), "DRAFT", 1, "Dev",
                a.createdAt(), null, null,
                a.whatMatters(), a.strengths(), a.needs(), a.goals(), a.supportNetwork(),
                a.communityConnections(), 4, null, 8, 3, a.preferences(), a.contingency(),
                a.reviewDate(), a.consent(), null);
    }

    static PlanExport oddPlan() {
        return new PlanExport("p-\"odd\"&<id>", "c", "DRAFT", 2, "Zoë “Zo” O’Brien",
                null, null, null,
                List.of(entry("Bell \u0007 and null \u0000 characters"), entry("Lone surrogate \uD800 here"),
                        entry("Emoji 🙂 and Ünïcödé ﬁ ligature"), entry("👍🏽"),
                        entry("averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutspaces")),
                null, null, null, null, null, 0, 10, null, null, null,
                "]]> <![CDATA[ x ]]> <!-- not a comment --> &nbsp; &#169;", null, null, null);
    }

    static PlanExport longPlan(int n) {
        List<Entry> many = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            many.add(entry("Something that matters number " + i + ", written in a longer sentence so that it wraps"));
            goals.add(new Goal("Goal number " + i, List.of("First step for goal " + i, "Second step for goal " + i)));
        }
        PlanExport a = approvedPlan();
        return new PlanExport("plan-long", "conv-long", "APPROVED", 12, "Alex",
                a.createdAt(), a.approvedAt(), a.approvedBy(),
                many, many, List.of(), goals, List.of(), List.of(),
                null, null, null, null, List.of(), null, null, null, null);
    }

    // ---------------------------------------------------------------- helpers

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return normalise(new PDFTextStripper().getText(doc));
        }
    }

    /** Collapses line wrapping so that phrases can be matched regardless of where a line broke. */
    static String normalise(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    static void assertIsPdf(byte[] pdf) {
        assertThat(pdf).isNotEmpty();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    // ---------------------------------------------------------------- tests

    @Test
    void approvedPlanShowsEverySectionAndThePersonsWords() throws IOException {
        PlanExport plan = approvedPlan();
        byte[] pdf = exporter.render(plan);
        assertIsPdf(pdf);
        assertThat(pageCount(pdf)).isGreaterThanOrEqualTo(1);

        String text = text(pdf);
        assertThat(text).contains(PlanHtml.TITLE, "Margaret",
                "You made this plan with your link worker on 23 November 2026. It is about what matters to you.");
        assertThat(text).contains(ALL_HEADINGS);
        for (List<Entry> list : List.of(plan.whatMatters(), plan.strengths(), plan.needs(), plan.supportNetwork())) {
            for (Entry e : list) {
                assertThat(text).contains(e.text());
            }
        }
        assertThat(text).contains("Go to the allotment twice a week by spring", "What will happen:",
                "Ask the council about a raised bed", "Pat will drive me on Tuesdays",
                "Get help with money worries", "Book an appointment with Citizens Advice");
        assertThat(text).contains("Phone me in the morning, not after 6pm", "Letters in large print please");
        assertThat(text).contains("If I feel very low I will ring Sue first.",
                "If I can’t reach her I will call my GP surgery or NHS 111.");
        assertThat(text).doesNotContain(PlanHtml.DRAFT_BANNER);
        // footer: plan id and version on the page
        assertThat(text).contains("plan-7f3a2c", "version 3", "Page 1 of");
    }

    @Test
    void thePersonsSummaryOpensTheirCopyWithItsTextEscaped() throws IOException {
        PlanExport a = approvedPlan();
        PlanExport withSummary = new PlanExport(a.planId(), a.conversationId(), a.status(), a.version(), a.preferredName(), a.createdAt(),
                a.approvedAt(), a.approvedBy(), a.whatMatters(), a.strengths(), a.needs(), a.goals(), a.supportNetwork(),
                a.communityConnections(), a.lifeSatisfaction(), a.worthwhile(), a.happiness(), a.anxiety(), a.preferences(), a.contingency(),
                a.reviewDate(), a.consent(), a.reviewerNote(), "Thank you for talking with us, Margaret. Your goal is: <b>bake</b> & share.");
        String text = text(exporter.render(withSummary));
        assertThat(text).contains("Thank you for talking with us, Margaret. Your goal is: <b>bake</b> & share.");
        assertThat(text.indexOf("Thank you for talking with us")).isLessThan(text.indexOf(PlanHtml.H_WHAT_MATTERS));
        assertThat(text(exporter.render(a))).doesNotContain("Thank you for talking with us");
    }

    @Test
    void onlyAcceptedConnectionsAreShown() throws IOException {
        String text = text(exporter.render(approvedPlan()));
        assertThat(text).contains("Tuesday Knit & Natter at St Mary’s church hall", "Greenfingers community garden");
        assertThat(text).doesNotContain("Walking football", "Men’s Shed");
    }

    @Test
    void scoresAreWrittenOutOfTenAndSkippedOnesSaySo() throws IOException {
        String text = text(exporter.render(approvedPlan()));
        assertThat(text).contains(
                PlanHtml.L_LIFE_SATISFACTION + ": 6 out of 10",
                PlanHtml.L_WORTHWHILE + ": 7 out of 10",
                PlanHtml.L_HAPPINESS + ": 5 out of 10",
                PlanHtml.L_ANXIETY + ": " + PlanHtml.NOT_ANSWERED);
    }

    @Test
    void personTextIsEscapedAndShownLiterally() throws IOException {
        String text = text(exporter.render(approvedPlan()));
        assertThat(text).contains("<script>alert(1)</script>");
        assertThat(text).contains("My neighbour Pat & I look out for each other");
        assertThat(text).contains("£40", "café-style", "I’m a good cook");
        assertThat(text).doesNotContain("&amp;", "&lt;");
    }

    @Test
    void reviewDateIsWrittenInWords() throws IOException {
        String text = text(exporter.render(approvedPlan()));
        assertThat(text).contains(PlanHtml.H_REVIEW, "23 February 2027");
        assertThat(text).doesNotContain("2027-02-23");
    }

    @Test
    void draftPlanHasBannerAndApprovedPlanDoesNot() throws IOException {
        String draft = text(exporter.render(draftPlan()));
        assertThat(draft).contains(PlanHtml.DRAFT_BANNER, "Dev");
        assertThat(draft).contains(PlanHtml.L_WORTHWHILE + ": " + PlanHtml.NOT_ANSWERED,
                PlanHtml.L_ANXIETY + ": 3 out of 10");
        assertThat(draft.indexOf(PlanHtml.DRAFT_BANNER)).isLessThan(draft.indexOf(PlanHtml.TITLE));

        for (String status : List.of("IN_REVIEW", "RETURNED")) {
            PlanExport d = draftPlan();
            PlanExport other = new PlanExport(d.planId(), d.conversationId(), status, d.version(), d.preferredName(),
                    d.createdAt(), null, null, d.whatMatters(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    null, null, null, null, List.of(), null, null, null, null);
            assertThat(text(exporter.render(other))).as(status).contains(PlanHtml.DRAFT_BANNER);
        }
        assertThat(text(exporter.render(approvedPlan()))).doesNotContain("DRAFT");
    }

    @Test
    void everyPageOfADraftSaysItIsADraft() throws IOException {
        PlanExport l = longPlan(20);
        PlanExport draft = new PlanExport(l.planId(), l.conversationId(), "IN_REVIEW", l.version(), l.preferredName(),
                l.createdAt(), null, null, l.whatMatters(), l.strengths(), l.needs(), l.goals(), l.supportNetwork(),
                l.communityConnections(), null, null, null, null, null, null, null, null, null);
        try (PDDocument doc = Loader.loadPDF(exporter.render(draft))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(normalise(stripper.getText(doc))).as("page %d", page).contains(PlanHtml.DRAFT_BANNER);
            }
        }
    }

    @Test
    void emptySectionsAreSkipped() throws IOException {
        PlanExport minimal = new PlanExport("p1", "c1", "APPROVED", 1, null, null, null, null,
                List.of(entry("My cat")), List.of(), null, List.of(new Goal("  ", List.of())), null,
                List.of(new Connection("Book club", "DECLINED")), null, null, null, null,
                null, "   ", null, null, null);
        byte[] pdf = exporter.render(minimal);
        assertIsPdf(pdf);
        String text = text(pdf);
        assertThat(text).contains(PlanHtml.TITLE, PlanHtml.H_WHAT_MATTERS, "My cat",
                "You made this plan with your link worker. It is about what matters to you.");
        for (String heading : ALL_HEADINGS) {
            if (!heading.equals(PlanHtml.H_WHAT_MATTERS)) {
                assertThat(text).doesNotContain(heading);
            }
        }
        assertThat(text).doesNotContain("Book club", "For ");
    }

    @Test
    void longListsFlowOntoSeveralPages() throws IOException {
        byte[] pdf = exporter.render(longPlan(60));
        assertIsPdf(pdf);
        assertThat(pageCount(pdf)).isGreaterThan(3);
        String text = text(pdf);
        assertThat(text).contains("Something that matters number 1,", "Something that matters number 60,",
                "Goal number 60", "Second step for goal 60");
        assertThat(text).contains("Page 1 of " + pageCount(pdf), "Page " + pageCount(pdf) + " of " + pageCount(pdf));
    }

    @Test
    void dateUsesLondonTime() throws IOException {
        PlanExport a = approvedPlan();
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST)
        PlanExport summer = new PlanExport(a.planId(), a.conversationId(), a.status(), a.version(), a.preferredName(),
                OffsetDateTime.of(2026, 6, 30, 23, 30, 0, 0, ZoneOffset.UTC), a.approvedAt(), a.approvedBy(),
                a.whatMatters(), null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(text(exporter.render(summer))).contains("with your link worker on 1 July 2026.");
    }

    @Test
    void oddCharactersDoNotBreakRendering() throws IOException {
        PlanExport odd = oddPlan();
        byte[] pdf = exporter.render(odd);
        assertIsPdf(pdf);
        String text = text(pdf);
        // characters the font cannot draw (emoji) are left out instead of printing as '#'
        assertThat(text).contains("Emoji and Ünïcödé").doesNotContain("Emoji #", "# and", "🙂");
        assertThat(text).contains("Zoë “Zo” O’Brien", "Bell and null characters", "Lone surrogate here",
                "]]> <![CDATA[ x ]]> <!-- not a comment --> &nbsp; &#169;", "p-\"odd\"&<id>",
                PlanHtml.L_LIFE_SATISFACTION + ": 0 out of 10", PlanHtml.L_WORTHWHILE + ": 10 out of 10");
    }

    @Test
    void embedsAnOpenFontAndIsTaggedForScreenReaders() throws IOException {
        assertThat(PdfExporter.embeddedFontAvailable()).isTrue();
        byte[] pdf = exporter.render(approvedPlan());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<String> fontNames = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont font = res.getFont(n);
                    fontNames.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(fontNames).anyMatch(n -> n.contains("LiberationSans"));
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(PlanHtml.TITLE);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
        }
    }
}
