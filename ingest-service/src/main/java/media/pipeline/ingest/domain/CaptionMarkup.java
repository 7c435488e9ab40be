package media.pipeline.ingest.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Caption payload clean-up shared by WebVTT and SRT: tags, ASS overrides, entities, whitespace. */
final class CaptionMarkup {
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]+)*\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z0-9][^>]*>|<\\d[\\d:.]*>");
    private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CaptionMarkup() {
    }

    /** The speaker of the first {@code <v Name>} voice span, or null. */
    static String voice(String payload) {
        Matcher m = VOICE.matcher(payload);
        return m.find() ? m.group(1).strip() : null;
    }

    /** Text without tags, inline timestamps or {@code {\an8}} overrides; entities decoded; one line. */
    static String plainText(String payload) {
        String text = ASS_OVERRIDE.matcher(payload).replaceAll("");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("&lrm;", "").replace("&rlm;", "").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
