package media.pipeline.publish.dashboard;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven
 * by Selenium with the local chromedriver: Selenium Manager is never asked to find or download
 * anything (the machine has no internet). Override the paths with {@code CHROMIUM_BIN} /
 * {@code CHROMEDRIVER_BIN} (environment) or {@code dashboard.chromium} / {@code dashboard.chromedriver}
 * (system properties).
 */
final class HeadlessChromium {
    static final String BROWSER = setting("dashboard.chromium", "CHROMIUM_BIN", "/usr/bin/chromium");
    static final String DRIVER = setting("dashboard.chromedriver", "CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /**
     * Whether the browser and its driver are there. When they are not and {@code CI=true}, fails: CI
     * installs them, so there a missing browser is an error, not a reason to skip.
     */
    static boolean installedOrFailOnCi() {
        boolean present = Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("The dashboard browser test needs " + BROWSER + " and " + DRIVER
                    + ": install the Debian packages chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        }
        return present;
    }

    /** Skips the calling test when the browser is missing (outside CI). */
    static void assumeInstalled(boolean present) {
        Assumptions.assumeTrue(present, "no " + BROWSER + " / " + DRIVER + " (apt-get install chromium chromium-driver): browser test skipped");
    }

    /** A fresh headless browser with its own throw-away profile, removed when the driver quits. */
    static ChromeDriver start(int width, int height) {
        Path profile;
        try {
            profile = Files.createTempDirectory("dashboard-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-features=Translate,MediaRouter",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--force-device-scale-factor=1",
                "--lang=en-GB", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    delete(profile);
                }
            }
        };
        // --window-size is the outer window: grow it so the page itself (and so a screenshot) is width x height
        Object inner = driver.executeScript("return [window.innerWidth, window.innerHeight]");
        if (inner instanceof java.util.List<?> wh && wh.size() == 2) {
            int w = ((Number) wh.get(0)).intValue();
            int h = ((Number) wh.get(1)).intValue();
            if (w != width || h != height) {
                driver.manage().window().setSize(new Dimension(2 * width - w, 2 * height - h));
            }
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp dir left behind is harmless
        }
    }
}
