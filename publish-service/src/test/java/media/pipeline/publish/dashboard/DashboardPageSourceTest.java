package media.pipeline.publish.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guards the dashboard's static files without a browser: no API that parses strings as markup or
 * code (the page must build its DOM from text), nothing loaded from another origin (it must work
 * offline), UTF-8 declared.
 */
class DashboardPageSourceTest {
    private static final Pattern MARKUP_SINKS = Pattern.compile(
            "\\.innerHTML|\\.outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment|DOMParser"
                    + "|\\beval\\s*\\(|new\\s+Function\\s*\\(|setTimeout\\s*\\(\\s*['\"`]|setInterval\\s*\\(\\s*['\"`]|srcdoc");
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}|@import|url\\(\\s*['\"]?(?:https?:)?//");

    @Test
    void scriptNeverTurnsStringsIntoMarkupOrCode() throws IOException {
        String js = withoutComments(resource("dashboard.js"));
        assertThat(MARKUP_SINKS.matcher(js).find()).as("markup/code sink in dashboard.js: %s", firstMatch(MARKUP_SINKS, js)).isFalse();
        assertThat(js).contains("'use strict'").contains("textContent");
    }

    @Test
    void pageLoadsNothingFromElsewhereAndDeclaresUtf8() throws IOException {
        String html = resource("index.html");
        assertThat(html).containsIgnoringCase("<meta charset=\"utf-8\">").contains("<html lang=");
        assertThat(html).contains("src=\"dashboard.js\"").contains("href=\"dashboard.css\"");
        assertThat(html).doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=\"dashboard\\.js\")"); // no inline script
        assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+\\s*="); // no inline handlers
        for (String name : new String[] {"index.html", "dashboard.js", "dashboard.css"}) {
            String text = name.endsWith(".js") ? withoutComments(resource(name)) : resource(name);
            assertThat(EXTERNAL.matcher(text).find()).as("external reference in %s: %s", name, firstMatch(EXTERNAL, text)).isFalse();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DashboardPageSourceTest.class.getResourceAsStream("/META-INF/resources/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Drops block and line comments (the file's own prose may name the APIs it avoids). */
    private static String withoutComments(String js) {
        return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static String firstMatch(Pattern p, String text) {
        var m = p.matcher(text);
        return m.find() ? m.group() : "none";
    }
}
