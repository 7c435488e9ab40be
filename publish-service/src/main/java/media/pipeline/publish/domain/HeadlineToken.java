package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/** A word (letters and digits, with inner apostrophes, '&amp;', '.', '-') or a punctuation mark, and where it stands. */
record HeadlineToken(String text, int start, int end) {

    /** The tokens of {@code text} by {@link HeadlineWriter#TOKEN}, in order. */
    static List<HeadlineToken> of(String text) {
        Objects.requireNonNull(text, "text");
        List<HeadlineToken> out = new ArrayList<>();
        Matcher m = HeadlineWriter.TOKEN.matcher(text);
        while (m.find()) {
            out.add(new HeadlineToken(m.group(), m.start(), m.end()));
        }
        return out;
    }
}
