package org.whatmatters.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class PlanHtmlTests {

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isWellFormedXmlAndPersonTextNeverBecomesMarkup() throws Exception {
        for (PlanExport plan : List.of(PdfExporterTests.approvedPlan(), PdfExporterTests.draftPlan(),
                PdfExporterTests.oddPlan())) {
            Document doc = parse(PlanHtml.build(plan));
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en-GB");
        }
        Document doc = parse(PlanHtml.build(PdfExporterTests.approvedPlan()));
        assertThat(doc.getDocumentElement().getTextContent()).contains("<script>alert(1)</script>");
    }

    @Test
    void undrawableCharactersAreLeftOutAndItemsWithNothingLeftAreSkipped() throws Exception {
        String html = PlanHtml.build(PdfExporterTests.oddPlan(), cp -> cp < 0x2000 || cp == 0x201C || cp == 0x201D || cp == 0x2019);
        assertThat(html).contains("Emoji  and").doesNotContain("🙂", "👍", "<li></li>", "<li> </li>");
        parse(html);
    }

    @Test
    void headingsFollowThePlanOrder() {
        String html = PlanHtml.build(PdfExporterTests.approvedPlan());
        int last = -1;
        for (String heading : PdfExporterTests.ALL_HEADINGS) {
            int at = html.indexOf("<h2>" + Xml.text(heading) + "</h2>");
            assertThat(at).as(heading).isGreaterThan(last);
            last = at;
        }
    }
}
