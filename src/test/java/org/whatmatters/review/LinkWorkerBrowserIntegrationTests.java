package org.whatmatters.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.whatmatters.staff.StaffAccounts;
import org.whatmatters.staff.StaffRole;
import org.whatmatters.support.Browsers;
import org.whatmatters.support.Drafts;
import org.whatmatters.support.FhirChecks;
import org.whatmatters.support.TestApp;

/** A link worker in a real browser (headless Chromium): sign in, find the urgent plan, check, correct, approve, hand over. */
class LinkWorkerBrowserIntegrationTests {

    private static final String LW = "rosa.lw";
    private static final String PASSWORD = "rosa-password-123";
    private static TestApp app;

    @TempDir
    Path downloads;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void start() {
        app = TestApp.inMemory().start();
        app.bean(StaffAccounts.class).create(LW, PASSWORD, StaffRole.LINK_WORKER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void open() throws Exception {
        browser = Browsers.chromium(downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    private void signIn(String user, String password) {
        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Plans needing attention");
    }

    private Path awaitDownload(String suffix) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("a " + suffix + " download").until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    @Test
    void aLinkWorkerReviewsTheUrgentPlanFirstAndHandsOverThePdfAndFhirBundle() throws Exception {
        Drafts.plan(app, "Calm Carol", false);
        String urgent = Drafts.plan(app, "Urgent Uma", true);
        signIn(LW, PASSWORD);

        List<WebElement> rows = browser.findElements(By.cssSelector("table.table tbody tr"));
        assertThat(rows.get(0).getText()).contains("Urgent Uma", "Urgent");
        rows.get(0).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard/plans/" + urgent));

        WebElement flags = browser.findElement(By.cssSelector(".safety-flags"));
        assertThat(flags.getText()).contains("SUICIDE", "don't want to be here anymore");

        // Check an item against what the person said: its messages light up in the transcript.
        WebElement firstItem = browser.findElement(By.cssSelector("#whatMatters .item"));
        firstItem.findElement(By.cssSelector(".evidence-button")).click();
        String evidence = firstItem.getDomAttribute("data-evidence");
        WebElement message = browser.findElement(By.id("m-" + evidence.split(" ")[0]));
        wait.until(d -> message.getDomAttribute("class").contains("highlight"));
        assertThat(message.getText()).contains("My grandchildren");
        assertThat(browser.findElements(By.cssSelector(".msg.highlight"))).hasSize(evidence.split(" ").length);

        // Take it, correct an item, approve.
        browser.findElement(By.xpath("//button[normalize-space()='Take this plan']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice--ok"), "reviewing this plan"));
        WebElement item = browser.findElement(By.cssSelector("#whatMatters .item"));
        item.findElement(By.tagName("summary")).click();
        WebElement text = item.findElement(By.tagName("textarea"));
        text.clear();
        text.sendKeys("Seeing my grandchildren every Sunday");
        item.findElement(By.xpath(".//button[normalize-space()='Save']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice--ok"), "Saved"));
        assertThat(browser.findElement(By.cssSelector("#whatMatters .item__text")).getText()).isEqualTo("Seeing my grandchildren every Sunday");

        browser.findElement(By.id("approve")).click();
        Alert confirm = wait.until(ExpectedConditions.alertIsPresent());
        confirm.accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice--ok"), "Plan approved"));
        assertThat(browser.findElement(By.cssSelector(".plan-head .badge")).getText()).isEqualTo("APPROVED");
        assertThat(browser.findElements(By.cssSelector("#whatMatters textarea"))).as("an approved plan is read-only").isEmpty();

        browser.findElement(By.id("download-pdf")).click();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(awaitDownload(".pdf")))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Your care and support plan", "Seeing my grandchildren every Sunday");
        }
        browser.findElement(By.id("download-fhir")).click();
        Bundle bundle = FhirChecks.context().newJsonParser().parseResource(Bundle.class, Files.readString(awaitDownload(".json")));
        FhirChecks.assertValid(bundle);
    }

    @Test
    void everyDashboardPageAndTheChatPageHaveNoSeriousAccessibilityProblems() throws Exception {
        String plan = Drafts.plan(app, "Axe Ann", true);
        browser.get(url("/"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#log .msg--out")).isEmpty());
        assertThat(Browsers.seriousAccessibilityProblems(browser)).as("chat page").isEmpty();

        browser.get(url("/login"));
        assertThat(Browsers.seriousAccessibilityProblems(browser)).as("sign-in page").isEmpty();
        signIn(TestApp.ADMIN, TestApp.ADMIN_PASSWORD);
        for (String page : List.of("/dashboard", "/dashboard/plans/" + plan, "/dashboard/plans/" + plan + "/history",
                "/dashboard/plans/" + plan + "/versions/1", "/dashboard/funnel", "/dashboard/admin/users", "/dashboard/admin/audit")) {
            browser.get(url(page));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertThat(Browsers.seriousAccessibilityProblems(browser)).as(page).isEmpty();
            Browsers.screenshot(browser, page);
        }
    }
}
