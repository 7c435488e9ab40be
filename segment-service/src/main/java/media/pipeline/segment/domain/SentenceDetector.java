package media.pipeline.segment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries inside punctuated text, by the Apache OpenNLP UD sentence model of the
 * language when one is on the class path (Maven artifacts {@code opennlp-models-sentdetect-fr|en|de},
 * found through their {@code model.properties}), else by the JDK's sentence rules for the language's
 * locale ({@link BreakIterator}; Maven Central serves no OpenNLP model for es, it, nl or pt). Models
 * are loaded once per class loader; detection is thread-safe.
 */
public final class SentenceDetector {
    private static final Map<Language, Optional<SentenceModel>> MODELS =
            Collections.synchronizedMap(new EnumMap<>(Language.class));

    private final Language language;
    private final SentenceModel model;

    public SentenceDetector(Language language) {
        this.language = Objects.requireNonNull(language, "language");
        this.model = MODELS.computeIfAbsent(language, SentenceDetector::load).orElse(null);
    }

    /** Whether an OpenNLP model (rather than the JDK's rules) finds the sentences. */
    boolean hasModel() {
        return model != null;
    }

    /** Character spans [start, end) of the sentences in {@code text}, trimmed, in order. */
    public List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        if (model != null) {
            for (Span s : new SentenceDetectorME(model).sentPosDetect(text)) {
                out.add(new int[] {s.getStart(), s.getEnd()});
            }
            return out;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(language.locale());
        it.setText(text);
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                out.add(new int[] {s, e});
            }
        }
        return out;
    }

    private static Optional<SentenceModel> load(Language language) {
        try {
            ClassLoader cl = SentenceDetector.class.getClassLoader();
            for (URL url : Collections.list(cl.getResources("model.properties"))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                String lang = p.getProperty("model.language", "").toLowerCase(Locale.ROOT);
                String name = p.getProperty("model.name", "");
                if (lang.equals(language.code()) && name.contains("sentence")) {
                    URL bin = new URL(url, name);
                    try (InputStream in = bin.openStream()) {
                        return Optional.of(new SentenceModel(in));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP sentence model for " + language, e);
        }
        return Optional.empty();
    }
}
