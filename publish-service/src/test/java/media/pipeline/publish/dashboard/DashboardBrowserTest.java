package media.pipeline.publish.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import media.pipeline.contracts.ChaptersPublished;
import media.pipeline.contracts.PipelineJson;
import media.pipeline.contracts.Topics;
import media.pipeline.localstack.KafkaProbe;
import media.pipeline.localstack.LocalStackTestResource;
import media.pipeline.localstack.SharedLocalStack;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operators' dashboard in a real (headless) Chromium against the running service, fed through
 * the real broker: published episodes (one French, one full of markup), an ingested-only one and a
 * dead letter show up live; the episode page shows the chapters on a timeline; markup in the data
 * is displayed as text and never runs.
 *
 * <p>Needs the Debian packages chromium and chromium-driver (see {@link HeadlessChromium}); skipped
 * without them, except under {@code CI=true} where it fails. With {@code -Ddashboard.screenshots=DIR}
 * it writes {@code DIR/dashboard.png} and {@code DIR/dashboard-episode.png}.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final ObjectMapper JSON = PipelineJson.mapper();
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String DLQ = Topics.deadLetter(Topics.SEGMENTS_ENRICHED);

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String FRENCH = "dash-fr-" + RUN;
    private static final String HOSTILE = "dash-xss-" + RUN;
    private static final String INGESTED = "dash-ingested-" + RUN;
    private static final String BROKEN = "dash-broken-" + RUN;

    private static KafkaProbe kafka;
    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void feedAndStartBrowser() throws Exception {
        if (!HeadlessChromium.installedOrFailOnCi()) {
            return; // each test reports itself skipped
        }
        kafka = new KafkaProbe(SharedLocalStack.get().kafkaBootstrapServers());
        kafka.send(Topics.TRANSCRIPTS_INGESTED, INGESTED, JSON.writeValueAsString(DashboardEpisodes.ingestedOnly(INGESTED)));
        kafka.send(Topics.SEGMENTS_ENRICHED, HOSTILE, JSON.writeValueAsString(DashboardEpisodes.hostile(HOSTILE)));
        kafka.send(Topics.SEGMENTS_ENRICHED, BROKEN, "{\"eventId\":\"broken-" + RUN + "\",\"episodeId\":\"" + BROKEN + "\",\"metadata\":");
        kafka.send(Topics.SEGMENTS_ENRICHED, FRENCH, JSON.writeValueAsString(DashboardEpisodes.frenchTechShow(FRENCH)));
        browser = HeadlessChromium.start(1400, 1000);
    }

    @BeforeEach
    void needsTheBrowser() {
        HeadlessChromium.assumeInstalled(browser != null);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void listShowsEveryEpisodeWithItsStageAndThePipelineFigures() throws IOException {
        open("/");
        WebElement french = row(FRENCH, "PUBLISHED");
        row(HOSTILE, "PUBLISHED");
        row(INGESTED, "INGESTED");
        WebElement broken = row(BROKEN, "FAILED");

        assertThat(french.findElement(By.cssSelector(".badge")).getText()).isEqualTo("PUBLISHED");
        assertThat(french.findElement(By.cssSelector(".episode-title")).getText()).isEqualTo(DashboardEpisodes.FRENCH_TITLE);
        assertThat(french.findElement(By.cssSelector(".show")).getText()).isEqualTo("Tech Hebdo");
        assertThat(french.findElement(By.cssSelector(".chapters-count")).getText()).isEqualTo("3");
        assertThat(french.findElements(By.cssSelector("time"))).hasSizeGreaterThanOrEqualTo(2); // segmented, published

        assertThat(broken.findElement(By.cssSelector(".badge")).getText()).isEqualTo("FAILED");
        assertThat(broken.findElement(By.cssSelector(".failure-reason")).getText())
                .contains("SegmentsEnriched").isNotEqualTo("no reason given");

        // the stats poll on their own: wait until they count what was fed
        WebElement deadRow = waitFor(d -> visible(d, "#dead-rows tr[data-topic='" + DLQ + "']"));
        assertThat(Long.parseLong(deadRow.findElement(By.cssSelector("td")).getText().replaceAll("\\D", ""))).isPositive();
        waitFor(d -> number("#failed-count") > 0 && number("#dead-total") > 0);
        WebElement publish = browser.findElement(By.cssSelector("#stage-rows tr[data-stage='publish']"));
        waitFor(d -> Long.parseLong(publish.findElements(By.cssSelector("td")).get(2).getText().replaceAll("\\D", "")) >= 2);
        assertThat(browser.findElements(By.cssSelector("#stage-rows tr"))).hasSize(4);
        assertThat(browser.findElement(By.id("conn-text")).getText()).startsWith("Live");

        screenshot("dashboard.png");
    }

    @Test
    @Order(2)
    void episodePageShowsTheChaptersOnATimelineWithTheirSummariesAndFormats() throws IOException {
        ChaptersPublished published = chapters(FRENCH);
        assertThat(published.chapters()).hasSize(3);

        open("/");
        row(FRENCH, "PUBLISHED").findElement(By.cssSelector("a.episode-title")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("#/episodes/" + FRENCH));
        List<WebElement> segments = waitFor(d -> {
            List<WebElement> s = d.findElements(By.cssSelector("#timeline .segment"));
            return s.size() == published.chapters().size() ? s : null;
        });
        assertThat(text(By.id("episode-title"))).isEqualTo(DashboardEpisodes.FRENCH_TITLE);
        assertThat(text(By.id("episode-people"))).contains("Claire Dumas", "Clément David (président, Theodo Cloud)");
        assertThat(text(By.id("episode-status"))).isEqualTo("PUBLISHED");

        List<WebElement> items = browser.findElements(By.cssSelector("#chapters > li.chapter"));
        assertThat(items).hasSize(published.chapters().size());
        double previousRight = -1;
        for (int i = 0; i < items.size(); i++) {
            var chapter = published.chapters().get(i);
            assertThat(items.get(i).findElement(By.cssSelector(".headline")).getText()).isEqualTo(chapter.headline());
            assertThat(segments.get(i).getDomProperty("textContent")).endsWith(chapter.headline());
            // proportional widths: each segment's share of the bar is its share of the episode
            double bar = browser.findElement(By.id("timeline")).getRect().getWidth();
            double expected = (chapter.end() - chapter.start()) / published.durationSeconds() * bar;
            assertThat((double) segments.get(i).getRect().getWidth()).isCloseTo(expected, org.assertj.core.data.Offset.offset(3.0));
            assertThat((double) segments.get(i).getRect().getX()).isGreaterThanOrEqualTo(previousRight - 1);
            previousRight = segments.get(i).getRect().getX() + segments.get(i).getRect().getWidth();
            if (chapter.gist() != null && !chapter.gist().isBlank()) {
                assertThat(items.get(i).findElement(By.cssSelector(".gist")).getText()).isEqualTo(chapter.gist());
            }
        }
        WebElement ovh = items.get(1);
        assertThat(ovh.findElements(By.cssSelector(".keywords .chip")).stream().map(WebElement::getText))
                .contains("direction générale", "centres de données");
        WebElement klaba = ovh.findElements(By.cssSelector(".entity")).stream()
                .filter(e -> e.findElement(By.cssSelector(".entity-name")).getText().equals("Octave Klaba")).findFirst().orElseThrow();
        assertThat(klaba.findElement(By.cssSelector(".type")).getDomProperty("textContent")).isEqualTo("Person");
        assertThat(klaba.getDomAttribute("title")).contains("Octave Claba");
        assertThat(klaba.findElement(By.cssSelector(".forms")).getText()).contains("Octave Claba", "Claba");
        assertThat(ovh.findElement(By.cssSelector(".time-range")).getText()).startsWith("1:35 \u2013 6:50");

        List<String> formats = browser.findElements(By.cssSelector("#episode-formats a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertThat(formats).containsExactly("/api/episodes/" + FRENCH + "/chapters",
                "/api/episodes/" + FRENCH + "/chapters?format=podcast-chapters",
                "/api/episodes/" + FRENCH + "/chapters?format=webvtt",
                "/api/episodes/" + FRENCH + "/chapters?format=youtube");
        for (String href : formats) {
            given().when().get(href).then().statusCode(200);
        }
        screenshot("dashboard-episode.png");

        browser.findElement(By.cssSelector(".crumbs a")).click();
        row(FRENCH, "PUBLISHED");
    }

    @Test
    @Order(3)
    void markupInTheDataIsShownAsTextAndNeverRuns() {
        ChaptersPublished published = chapters(HOSTILE);
        open("/");
        WebElement hostile = row(HOSTILE, "PUBLISHED");
        assertThat(hostile.findElement(By.cssSelector(".episode-title")).getText()).isEqualTo(DashboardEpisodes.HOSTILE_TITLE);
        assertThat(hostile.findElement(By.cssSelector(".show")).getText()).isEqualTo("Labo sécurité " + DashboardEpisodes.IMG);
        assertNothingInjected();

        open("/#/episodes/" + HOSTILE);
        waitFor(d -> d.findElements(By.cssSelector("#timeline .segment")).size() == published.chapters().size());
        assertThat(text(By.id("episode-title"))).isEqualTo(DashboardEpisodes.HOSTILE_TITLE);
        assertThat(text(By.id("episode-people"))).contains(DashboardEpisodes.SCRIPT, DashboardEpisodes.IMG, "<i>org</i>");
        List<WebElement> items = browser.findElements(By.cssSelector("#chapters > li.chapter"));
        for (int i = 0; i < items.size(); i++) {
            var chapter = published.chapters().get(i);
            assertThat(items.get(i).findElement(By.cssSelector(".headline")).getText()).isEqualTo(chapter.headline());
            if (chapter.summary() != null && !chapter.summary().isBlank()) {
                assertThat(items.get(i).findElement(By.cssSelector(".summary")).getText()).isEqualTo(chapter.summary());
            }
        }
        WebElement first = items.get(0);
        assertThat(first.findElements(By.cssSelector(".keywords .chip")).stream().map(WebElement::getText))
                .contains(DashboardEpisodes.SCRIPT, DashboardEpisodes.IMG);
        assertThat(first.findElement(By.cssSelector(".entity-name")).getText()).isEqualTo(DashboardEpisodes.SCRIPT);
        assertThat(first.findElement(By.cssSelector(".entity .forms")).getText()).contains(DashboardEpisodes.IMG, "<b>gras</b>");
        assertThat(first.findElement(By.cssSelector(".speakers")).getText()).contains(DashboardEpisodes.IMG);
        assertNothingInjected();
    }

    @Test
    @Order(4)
    void searchFindsEpisodesByEntityAndByText() {
        open("/");
        row(FRENCH, "PUBLISHED");
        search("entity", "Octave Klaba");
        WebElement hit = waitFor(d -> visible(d, "#search-rows tr[data-episode-id='" + FRENCH + "']"));
        assertThat(hit.findElement(By.cssSelector(".episode-title")).getText()).isEqualTo(DashboardEpisodes.FRENCH_TITLE);
        assertThat(browser.findElements(By.cssSelector("#search-rows tr[data-episode-id='" + HOSTILE + "']"))).isEmpty();

        search("q", DashboardEpisodes.SCRIPT);
        waitFor(d -> visible(d, "#search-rows tr[data-episode-id='" + HOSTILE + "']"));
        assertThat(browser.findElements(By.cssSelector("#search-rows tr[data-episode-id='" + FRENCH + "']"))).isEmpty();
        assertThat(text(By.id("search-summary"))).contains("\u201c" + DashboardEpisodes.SCRIPT + "\u201d");
        assertNothingInjected();

        // an entity chip searches for that entity
        search("entity", "Octave Klaba");
        waitFor(d -> visible(d, "#search-rows tr[data-episode-id='" + FRENCH + "']"));
        browser.findElement(By.id("search-clear")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("search-results")));
    }

    // ---------- helpers ----------

    private void open(String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
    }

    private static <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT, Duration.ofMillis(250)).until(condition::apply);
    }

    private static WebElement visible(WebDriver d, String css) {
        return d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    /** The live list's row of an episode once it shows the stage. */
    private static WebElement row(String episodeId, String stage) {
        return waitFor(d -> visible(d, "#episode-rows tr[data-episode-id='" + episodeId + "'][data-stage='" + stage + "']"));
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    private static long number(String css) {
        return Long.parseLong(text(By.cssSelector(css)).replaceAll("\\D", ""));
    }

    private static void search(String mode, String query) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search-mode"))).selectByValue(mode);
        WebElement box = browser.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys(query);
        browser.findElement(By.cssSelector("#search-form button[type='submit']")).click();
    }

    /** No script ran, and no element came out of the data: the payloads are text nodes only. */
    private static void assertNothingInjected() {
        JavascriptExecutor js = browser;
        assertThat(js.executeScript("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(((Number) js.executeScript(
                "return document.querySelectorAll('main script, main img, main b, main i, body img[src=x]').length")).intValue())
                .isZero();
        assertThat(((Number) js.executeScript("return document.scripts.length")).intValue()).isEqualTo(1);
    }

    private static ChaptersPublished chapters(String episodeId) {
        String body = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = given().when().get("/api/episodes/{id}/chapters", episodeId);
            return response.statusCode() == 200 ? response.asString() : null;
        }, Objects::nonNull);
        try {
            return JSON.readValue(body, ChaptersPublished.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void screenshot(String name) throws IOException {
        String dir = System.getProperty("dashboard.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        // let the poll that follows a navigation settle, and scroll to the top for a stable picture
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Path target = Path.of(dir).resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
