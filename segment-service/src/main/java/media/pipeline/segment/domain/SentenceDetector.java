package media.pipeline.segment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries inside punctuated text, by the Apache OpenNLP UD sentence model of the
 * language (Maven artifacts {@code opennlp-models-sentdetect-fr|en}, found on the class path through
 * their {@code model.properties}). Models are loaded once per class loader; detection is thread-safe.
 */
public final class SentenceDetector {
    private static final Map<Language, SentenceModel> MODELS = Collections.synchronizedMap(new EnumMap<>(Language.class));

    private final SentenceModel model;

    public SentenceDetector(Language language) {
        Objects.requireNonNull(language, "language");
        this.model = MODELS.computeIfAbsent(language, SentenceDetector::load);
    }

    /** Character spans [start, end) of the sentences in {@code text}, trimmed, in order. */
    public List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (Span s : new SentenceDetectorME(model).sentPosDetect(text)) {
            out.add(new int[] {s.getStart(), s.getEnd()});
        }
        return out;
    }

    private static SentenceModel load(Language language) {
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
                        return new SentenceModel(in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP sentence model for " + language, e);
        }
        throw new IllegalStateException("no OpenNLP sentence model for '" + language.code()
                + "' on the class path (org.apache.opennlp:opennlp-models-sentdetect-" + language.code() + ")");
    }
}
