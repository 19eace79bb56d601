package org.regindex.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from Debian's packages, one fresh profile per browser. */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("regindex.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("regindex.chromedriver", "/usr/bin/chromedriver");

    private Browser() {}

    public static WebDriver open() {
        try {
            Path profile = Files.createTempDirectory("regindex-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--window-size=1280,900",
                            "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            // A headless window has no focus of its own (Chromium 150): without this, focus() and the keyboard move
            // the focus but fire no focus event, which pages listen to (the maps' readout).
            driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", java.util.Map.of("enabled", true));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits that look again when an AJAX update replaced the element they were reading. */
    public static WebDriverWait waitUpTo(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * What the browser's console reported about the Content-Security-Policy (a refused script, handler, style, form
     * or frame) since the last call: the console is read and emptied.
     */
    public static List<String> policyViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message ->
                        message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    /** Lets the browser save downloads into this folder, without asking. */
    public static void downloadInto(WebDriver driver, Path folder) {
        ((HasCdp) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of(
                                "behavior",
                                "allow",
                                "downloadPath",
                                folder.toAbsolutePath().toString()));
    }

    /** Keeps a picture of the page as a build artefact. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path folder = Files.createDirectories(Path.of(TestEnvironment.screenshotFolder()));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
