package org.whatmatters.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Builds the strict XHTML (well-formed XML) for a person's plan. All text from the plan is
 * escaped with {@link Xml}; only the fixed wording below is written as markup.
 */
final class PlanHtml {

    static final String TITLE = "Your care and support plan";
    static final String DRAFT_BANNER = "DRAFT - not yet agreed";
    static final String NOT_ANSWERED = "You did not answer this";

    static final String H_WHAT_MATTERS = "What matters to you";
    static final String H_STRENGTHS = "What is going well / what you are good at";
    static final String H_NEEDS = "What is hard at the moment";
    static final String H_GOALS = "Your goals";
    static final String H_SUPPORT = "People who support you";
    static final String H_CONNECTIONS = "Groups and places";
    static final String H_FEELING = "How you are feeling";
    static final String H_KEEP_IN_TOUCH = "How we will keep in touch";
    static final String H_CONTINGENCY = "If things get worse";
    static final String H_REVIEW = "When we will look at this plan again";

    static final String L_LIFE_SATISFACTION = "How satisfied you are with your life";
    static final String L_WORTHWHILE = "How worthwhile the things you do feel";
    static final String L_HAPPINESS = "How happy you felt yesterday";
    static final String L_ANXIETY = "How anxious you felt yesterday";

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Font family registered by {@link PdfExporter}; base-14 sans-serif is the fallback. */
    static final String FONT_FAMILY = "'WM Sans', sans-serif";

    private static final String CSS = ""
            + "@page {"
            + "  size: A4;"
            + "  margin: 18mm 18mm 22mm 18mm;"
            + "  @bottom-left { content: element(footer); vertical-align: top; padding-top: 3mm; }"
            + "  @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages);"
            + "    font-family: " + FONT_FAMILY + "; font-size: 12pt; color: #212b32;"
            + "    vertical-align: top; padding-top: 3mm; }"
            + "}"
            + "html { color: #212b32; background: #ffffff; }"
            + "body { font-family: " + FONT_FAMILY + "; font-size: 15pt; line-height: 1.45;"
            + "  margin: 0; word-wrap: break-word; }"
            + ".footer { position: running(footer); font-family: " + FONT_FAMILY + ";"
            + "  font-size: 9pt; color: #4c6272; }"
            + ".banner { border: 3pt solid #212b32; background: #ffeb3b; color: #000000;"
            + "  padding: 8pt 12pt; margin: 0 0 14pt 0; }"
            + ".banner-title { font-size: 20pt; font-weight: bold; margin: 0; }"
            + ".banner-text { margin: 2pt 0 0 0; }"
            + "h1 { font-size: 28pt; line-height: 1.2; color: #003087; margin: 0 0 4pt 0; }"
            + ".name { font-size: 20pt; font-weight: bold; margin: 0 0 8pt 0; }"
            + ".intro { margin: 0 0 6pt 0; padding-bottom: 10pt; border-bottom: 2pt solid #003087; }"
            + "h2 { font-size: 20pt; line-height: 1.25; color: #003087; margin: 20pt 0 6pt 0;"
            + "  page-break-after: avoid; }"
            + "p { margin: 0 0 6pt 0; }"
            + "ul { margin: 0; padding-left: 22pt; }"
            + "li { margin: 0 0 6pt 0; page-break-inside: avoid; }"
            + "li.goal { margin-bottom: 10pt; }"
            + ".goal-text { font-weight: bold; }"
            + ".will-happen { margin: 3pt 0 2pt 0; }"
            + "ul.actions { list-style-type: square; padding-left: 22pt; }"
            + "ul.actions li { margin-bottom: 3pt; }"
            + ".score-label { font-weight: bold; }"
            + ".not-answered { font-style: italic; }"
            + ".box { border: 3pt solid #003087; background: #f0f4f5; padding: 10pt 14pt;"
            + "  page-break-inside: avoid; }"
            + ".review-date { font-weight: bold; }";

    /** Drafts also say so at the top of every page, so a single printed page cannot pass as agreed. */
    private static final String DRAFT_CSS = ""
            + "@page { @top-center { content: '" + DRAFT_BANNER + "'; font-family: " + FONT_FAMILY + ";"
            + "  font-size: 12pt; font-weight: bold; color: #000000; vertical-align: bottom; padding-bottom: 3mm; } }";

    /** Which characters the embedded font can draw; others would print as '#', so they are left out. */
    private final IntPredicate drawable;

    private PlanHtml(IntPredicate drawable) {
        this.drawable = drawable;
    }

    /** Builds the document keeping every character. */
    static String build(PlanExport plan) {
        return build(plan, cp -> true);
    }

    /**
     * Builds the document, leaving out characters of the person's text (for example emoji) for
     * which {@code drawable} is false. Whitespace is always kept.
     */
    static String build(PlanExport plan, IntPredicate drawable) {
        Objects.requireNonNull(plan, "plan");
        return new PlanHtml(Objects.requireNonNull(drawable, "drawable")).html(plan);
    }

    private String html(PlanExport plan) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n")
                .append("<head>\n<meta charset=\"UTF-8\"/>\n<title>").append(TITLE).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(TITLE).append("\"/>\n")
                .append("<style>\n").append(CSS).append(isApproved(plan) ? "" : DRAFT_CSS)
                .append("\n</style>\n</head>\n<body>\n");

        footer(h, plan);
        if (!isApproved(plan)) {
            h.append("<div class=\"banner\"><p class=\"banner-title\">").append(DRAFT_BANNER).append("</p>")
                    .append("<p class=\"banner-text\">Your link worker will go through this plan with you before it is agreed.</p>")
                    .append("</div>\n");
        }

        h.append("<h1>").append(TITLE).append("</h1>\n");
        String name = shown(plan.preferredName());
        if (name != null) {
            h.append("<p class=\"name\">For ").append(text(name)).append("</p>\n");
        }
        h.append("<p class=\"intro\">");
        OffsetDateTime made = plan.createdAt() != null ? plan.createdAt() : plan.approvedAt();
        if (made != null) {
            h.append("You made this plan with your link worker on ").append(longDate(made)).append(". ");
        } else {
            h.append("You made this plan with your link worker. ");
        }
        h.append("It is about what matters to you.</p>\n");
        if (plan.summary() != null && !plan.summary().isBlank()) {
            h.append("<p class=\"summary\">").append(text(plan.summary())).append("</p>\n");
        }

        entries(h, H_WHAT_MATTERS, plan.whatMatters());
        entries(h, H_STRENGTHS, plan.strengths());
        entries(h, H_NEEDS, plan.needs());
        goals(h, plan.goals());
        entries(h, H_SUPPORT, plan.supportNetwork());
        connections(h, plan.communityConnections());
        feelings(h, plan);
        strings(h, H_KEEP_IN_TOUCH, plan.preferences());
        contingency(h, plan.contingency());
        review(h, plan.reviewDate());

        h.append("</body>\n</html>\n");
        return h.toString();
    }

    static boolean isApproved(PlanExport plan) {
        return plan.status() != null && "APPROVED".equalsIgnoreCase(plan.status().trim());
    }

    static String longDate(OffsetDateTime when) {
        return LONG_DATE.format(when.atZoneSameInstant(LONDON));
    }

    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    private void footer(StringBuilder h, PlanExport plan) {
        // A running element: repeated in the bottom-left page margin of every page.
        h.append("<div class=\"footer\">");
        String id = shown(plan.planId());
        if (id != null) {
            h.append("Plan reference: ").append(text(id)).append(" - ");
        }
        h.append("version ").append(plan.version());
        if (isApproved(plan) && plan.approvedAt() != null) {
            h.append(" - agreed ").append(longDate(plan.approvedAt()));
        }
        h.append("</div>\n");
    }

    private void entries(StringBuilder h, String heading, List<PlanExport.Entry> items) {
        List<String> texts = new ArrayList<>();
        if (items != null) {
            for (PlanExport.Entry e : items) {
                if (e != null) {
                    texts.add(e.text());
                }
            }
        }
        strings(h, heading, texts);
    }

    private void strings(StringBuilder h, String heading, List<String> items) {
        List<String> texts = nonBlank(items);
        if (texts.isEmpty()) {
            return;
        }
        h.append("<h2>").append(text(heading)).append("</h2>\n<ul>\n");
        for (String t : texts) {
            h.append("<li>").append(multiline(t)).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private void goals(StringBuilder h, List<PlanExport.Goal> goals) {
        List<PlanExport.Goal> shown = new ArrayList<>();
        if (goals != null) {
            for (PlanExport.Goal g : goals) {
                if (g != null && (shown(g.text()) != null || !nonBlank(g.actions()).isEmpty())) {
                    shown.add(g);
                }
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        h.append("<h2>").append(H_GOALS).append("</h2>\n<ul>\n");
        for (PlanExport.Goal g : shown) {
            h.append("<li class=\"goal\">");
            if (shown(g.text()) != null) {
                h.append("<span class=\"goal-text\">").append(multiline(g.text())).append("</span>");
            }
            List<String> actions = nonBlank(g.actions());
            if (!actions.isEmpty()) {
                h.append("<p class=\"will-happen\">What will happen:</p>\n<ul class=\"actions\">\n");
                for (String a : actions) {
                    h.append("<li>").append(multiline(a)).append("</li>\n");
                }
                h.append("</ul>");
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private void connections(StringBuilder h, List<PlanExport.Connection> connections) {
        List<String> accepted = new ArrayList<>();
        if (connections != null) {
            for (PlanExport.Connection c : connections) {
                if (c != null && c.decision() != null && "ACCEPTED".equalsIgnoreCase(c.decision().trim())) {
                    accepted.add(c.text());
                }
            }
        }
        strings(h, H_CONNECTIONS, accepted);
    }

    private static void feelings(StringBuilder h, PlanExport plan) {
        if (plan.lifeSatisfaction() == null && plan.worthwhile() == null
                && plan.happiness() == null && plan.anxiety() == null) {
            return;
        }
        h.append("<h2>").append(H_FEELING).append("</h2>\n")
                .append("<p>You gave each of these a score from 0 to 10. "
                        + "0 means not at all. 10 means completely.</p>\n<ul>\n");
        score(h, L_LIFE_SATISFACTION, plan.lifeSatisfaction());
        score(h, L_WORTHWHILE, plan.worthwhile());
        score(h, L_HAPPINESS, plan.happiness());
        score(h, L_ANXIETY, plan.anxiety());
        h.append("</ul>\n");
    }

    private static void score(StringBuilder h, String label, Integer value) {
        h.append("<li><span class=\"score-label\">").append(label).append(":</span> ");
        if (value == null) {
            h.append("<span class=\"not-answered\">").append(NOT_ANSWERED).append("</span>");
        } else {
            h.append(value).append(" out of 10");
        }
        h.append("</li>\n");
    }

    private void contingency(StringBuilder h, String text) {
        if (shown(text) == null) {
            return;
        }
        h.append("<h2>").append(H_CONTINGENCY).append("</h2>\n")
                .append("<div class=\"box\"><p>").append(multiline(text)).append("</p></div>\n");
    }

    private static void review(StringBuilder h, LocalDate date) {
        if (date == null) {
            return;
        }
        h.append("<h2>").append(H_REVIEW).append("</h2>\n")
                .append("<p>We will look at it again together on <span class=\"review-date\">")
                .append(longDate(date)).append("</span>.</p>\n");
    }

    private String text(String s) {
        return Xml.text(drawableOnly(s));
    }

    private String multiline(String s) {
        return Xml.multiline(drawableOnly(s));
    }

    /** The text as it will be shown (trimmed, undrawable characters removed), or null if nothing is left. */
    private String shown(String s) {
        return trimToNull(drawableOnly(s));
    }

    private String drawableOnly(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp) || drawable.test(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private List<String> nonBlank(List<String> items) {
        List<String> out = new ArrayList<>();
        if (items != null) {
            for (String s : items) {
                if (shown(s) != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
