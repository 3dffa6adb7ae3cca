package org.whatmatters.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.whatmatters.support.TestApp;
import tools.jackson.databind.JsonNode;

/** A person using the chat page in a real browser (Debian's Chromium, headless). Run with -Pbrowser. */
class WebChatBrowserIntegrationTests {

    private static TestApp app;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startService() {
        app = TestApp.inMemory().start();
    }

    @AfterAll
    static void stopService() {
        app.close();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", onPath("chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=390,844",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", onPath("chromedriver"))))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://127.0.0.1:" + app.port() + "/");
    }

    /** Finds a program on the PATH, as the shell would (Debian's chromium and chromium-driver packages). */
    private static String onPath(String program) {
        return java.util.Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .map(dir -> new File(dir, program)).filter(File::canExecute).map(File::getAbsolutePath).findFirst()
                .orElseThrow(() -> new IllegalStateException(program + " is not on the PATH: install Debian's chromium and chromium-driver"));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private List<String> serviceMessages() {
        // textContent, not getText(): a bubble scrolled out of the log's view still counts.
        return browser.findElements(By.cssSelector("#log .msg--out")).stream().map(e -> e.getDomProperty("textContent")).toList();
    }

    private String lastServiceMessage() {
        List<String> out = serviceMessages();
        return out.isEmpty() ? "" : out.get(out.size() - 1);
    }

    private void waitFor(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(() -> "waiting for '" + text + "', last: " + lastServiceMessage())
                .until(d -> lastServiceMessage().contains(text));
    }

    /** Types like a keyboard user: into the box, then Enter. */
    private void type(String text) {
        WebElement box = browser.findElement(By.id("message"));
        wait.until(d -> box.isEnabled());
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    private void tapQuickReply(String label) {
        WebElement button = new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(() -> "no quick reply " + label).until(d -> d.findElements(By.cssSelector("#quick-buttons button")).stream()
                .filter(b -> b.getText().equals(label) && b.isDisplayed()).findFirst().orElse(null));
        button.click();
    }

    @Test
    void aPersonCompletesTheWholeConversationAndALinkWorkerGetsTheDraftPlan() {
        waitFor("Is that OK?");
        tapQuickReply("Yes");
        waitFor("call you");
        type("Call me Rose");
        waitFor("Thanks, Rose");
        type("My cat and my church");
        waitFor("anything else");
        tapQuickReply("No, nothing else");
        waitFor("going well");
        type("I'm a good cook");
        waitFor("hard");
        type("Getting to appointments");
        waitFor("supports you");
        type("My son Tom");
        waitFor("groups");
        tapQuickReply("Skip");
        waitFor("different");
        type("Get to church every week");
        waitFor("satisfied");
        tapQuickReply("7");
        waitFor("worthwhile");
        type("8");
        waitFor("happy");
        type("six");
        waitFor("anxious");
        type("about a 4");
        waitFor("contact you");
        tapQuickReply("Letter");
        waitFor("easier for us");
        type("no");
        waitFor("Is this right?");
        assertThat(String.join("\n", serviceMessages())).contains("Your name: Rose", "What matters to you: My cat and my church");
        tapQuickReply("Yes");
        waitFor("link worker will read your answers");
        wait.until(d -> d.findElement(By.id("closing")).isDisplayed());
        assertThat(browser.findElement(By.id("message")).isEnabled()).isFalse();

        JsonNode plans = app.get("/api/plans?status=DRAFT", TestApp.admin()).json();
        assertThat(plans.size()).isGreaterThanOrEqualTo(1);
        JsonNode plan = app.get("/api/plans/" + plans.get(plans.size() - 1).get("id").asString(), TestApp.admin()).json();
        assertThat(plan.get("person").get("preferredName").asString()).isEqualTo("Rose");
        assertThat(plan.get("wellbeing").get("happiness").asInt()).isEqualTo(6);
        assertThat(plan.get("goals").get(0).get("text").asString()).isEqualTo("Get to church every week");
    }

    @Test
    void theConversationResumesAfterThePageIsReloaded() {
        waitFor("Is that OK?");
        tapQuickReply("Yes");
        waitFor("call you");
        type("Ravi");
        waitFor("What matters most");

        browser.navigate().refresh();

        waitFor("What matters most");
        assertThat(browser.findElements(By.cssSelector("#log .msg--in")).stream().map(e -> e.getDomProperty("textContent")).toList())
                .anySatisfy(t -> assertThat(t).contains("Ravi"));
        type("my allotment");
        waitFor("anything else");
    }

    @Test
    void whatAPersonTypesIsShownAsTextNeverAsHtml() {
        waitFor("Is that OK?");
        tapQuickReply("Yes");
        waitFor("call you");
        type("<img src=x onerror=\"document.title='hacked'\"><b>Bold</b>");
        waitFor("What matters most");

        assertThat(browser.getTitle()).doesNotContain("hacked");
        assertThat(browser.findElements(By.cssSelector("#log b"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#log img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#log .msg--in")).stream().map(e -> e.getDomProperty("textContent")).toList())
                .anySatisfy(t -> assertThat(t).contains("<b>Bold</b>"));
    }

    @Test
    void aSafetyConcernIsShownAsAnAlertWithTheFixedHelpText() {
        waitFor("Is that OK?");
        type("I want to kill myself");
        WebElement alert = wait.until(d -> d.findElements(By.cssSelector("#log .safety")).stream().findFirst().orElse(null));
        assertThat(alert.getText()).contains("116 123");
        waitFor("Is that OK?");

        browser.navigate().refresh();

        WebElement again = new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage("help panel after reload")
                .until(d -> d.findElements(By.cssSelector("#log .safety")).stream().findFirst().orElse(null));
        assertThat(again.getDomProperty("textContent")).contains("116 123");
    }
}
