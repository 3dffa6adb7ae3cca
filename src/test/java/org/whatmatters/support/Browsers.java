package org.whatmatters.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests, and the axe-core accessibility scan. The axe script comes
 * from the npm package axe-core, installed by .ci/run into target/axe (or named with -Daxe.script=...).
 */
public final class Browsers {

    private Browsers() {}

    /** A fresh headless Chromium; downloads go to {@code downloads}. */
    public static ChromeDriver chromium(Path downloads) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", onPath("chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        if (downloads != null) {
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("plugins.always_open_pdf_externally", true);
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", onPath("chromedriver")))).build();
        return new ChromeDriver(service, options);
    }

    /** Finds a program on the PATH, as the shell would (Debian's chromium and chromium-driver packages). */
    static String onPath(String program) {
        return Arrays.stream(System.getenv("PATH").split(File.pathSeparator)).map(dir -> new File(dir, program)).filter(File::canExecute)
                .map(File::getAbsolutePath).findFirst()
                .orElseThrow(() -> new IllegalStateException(program + " is not on the PATH: install Debian's chromium and chromium-driver"));
    }

    /** Keeps a picture of the page in target/screenshots, for people to look at. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".png"), png);
    }

    /** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the current page; returns the serious and critical violations. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousAccessibilityProblems(WebDriver browser) throws IOException {
        Path script = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
        assertThat(script).as("axe-core (npm install axe-core into target/axe, as .ci/run does)").exists();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(script));
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""");
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                problems.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"));
            }
        }
        return problems;
    }
}
