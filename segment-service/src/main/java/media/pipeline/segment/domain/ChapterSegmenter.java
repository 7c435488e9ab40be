package media.pipeline.segment.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import media.pipeline.contracts.ChapterHint;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.Sentence;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Facade: cues → sentences → chapters. Unsupervised, French and English.
 *
 * <ol>
 *   <li>{@link SentenceBuilder}: sentences with times and speakers.</li>
 *   <li>{@link LexicalAnalyzer}: Lucene stems without stop words and spoken fillers.</li>
 *   <li>{@link LexicalCohesion}: TextTiling depth of each gap on the time axis, normalised to [0, 1].</li>
 *   <li>Episode signals added to each gap's score: a host transition marker opening the next sentence
 *       ({@link DiscourseMarkers}), the onset of an announced topic ({@link AnnouncedTopics}).</li>
 *   <li>{@link OpeningClosingDetector}: intro end and outro start; source {@link ChapterHint}s: forced
 *       boundaries.</li>
 *   <li>{@link LikelihoodSegmentation} (default): globally most probable chapters, their count estimated;
 *       {@link CohesionAgreement} keeps those where the depth curve also has a valley (or an episode
 *       signal backs them). {@link BoundarySelector} ({@link BoundaryMethod#DEPTH}): best gaps by depth
 *       for the target chapter count. Either way, minimum length kept.</li>
 * </ol>
 * Keywords and entities of the segments are left empty for enrichment. Thread-safe.
 */
public final class ChapterSegmenter {
    /** The label of chapters in a language none of {@link Language} is (BCP 47 "undetermined"). */
    public static final String UNKNOWN_LANGUAGE = "und";
    private static final double TOPIC_WINDOW_SECONDS = 60;
    private static final double TOPIC_FOCUS_SECONDS = 20;
    /**
     * At most this many sentences on each side of a gap count for a topic onset: what can be said in
     * {@link #TOPIC_WINDOW_SECONDS} (see {@link LexicalCohesion#MAX_SENTENCES_PER_SECOND}); only reached
     * when times stall, where the window would otherwise hold the whole stalled run at every gap.
     */
    private static final int TOPIC_WINDOW_SENTENCES =
            (int) Math.ceil(TOPIC_WINDOW_SECONDS * LexicalCohesion.MAX_SENTENCES_PER_SECOND) + 1;
    private static final double MIN_INTRO_OUTRO_SECONDS = 8;
    private static final double SIGNAL_REWARD = 0.05;
    private static final double MAX_CHAPTER_FACTOR = 3;
    /** Gaps on each side averaged into a cohesion score; also how far a valley may lie from a boundary. */
    private static final int SMOOTHING_GAPS = 2;
    private static final DoubleMetaphone PHONETIC = new DoubleMetaphone();

    private final Map<Language, LexicalAnalyzer> analyzers = new EnumMap<>(Language.class);

    public ChapterSegmenter() {
        for (Language l : Language.values()) {
            analyzers.put(l, new LexicalAnalyzer(l));
        }
    }

    /** Segments with {@link SegmentationOptions#defaults()}. */
    public List<Segment> segment(List<Cue> cues, EpisodeMetadata metadata, List<ChapterHint> hints) {
        return segment(cues, metadata, hints, SegmentationOptions.defaults());
    }

    /**
     * @param cues     the transcript's cues, in any order (times may overlap); blank ones are ignored
     * @param metadata may be null; uses {@code language}, {@code announcedTopics}, {@code host},
     *                 {@code guests}
     * @param hints    chapter starts the source carried; may be null or empty
     * @return chapters in time order, indexed from 0; empty when there is no text
     */
    public List<Segment> segment(List<Cue> cues, EpisodeMetadata metadata, List<ChapterHint> hints,
                                 SegmentationOptions options) {
        Objects.requireNonNull(cues, "cues");
        Objects.requireNonNull(options, "options");
        List<String> sample = cues.stream().filter(Objects::nonNull).limit(400).map(Cue::text).toList();
        Optional<Language> identified = Language.identify(metadata == null ? null : metadata.language(), sample);
        Language language = identified.orElse(Language.ENGLISH);
        List<Sentence> sentences = new SentenceBuilder(language, options.sentences()).build(cues);
        List<Segment> segments = segmentSentences(sentences, language, metadata, hints, options);
        if (identified.isPresent()) {
            return segments;
        }
        // a language we have no analysis for is cut with English's (its words mostly pass as content
        // terms), but labelled unknown rather than English
        return segments.stream().map(s -> new Segment(s.index(), s.start(), s.end(), s.kind(), s.sentences(),
                s.keywords(), s.entities(), s.speakers(), UNKNOWN_LANGUAGE)).toList();
    }

    /** Second half of {@link #segment}, for sentences that were already rebuilt. */
    public List<Segment> segmentSentences(List<Sentence> sentences, Language language, EpisodeMetadata metadata,
                                          List<ChapterHint> hints, SegmentationOptions options) {
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(options, "options");
        if (sentences.isEmpty()) {
            return List.of();
        }
        Plan plan = plan(sentences, language, metadata, hints == null ? List.of() : hints, options);
        return build(sentences, plan, language);
    }

    /** Where chapters start and which ends are intro/outro. */
    record Plan(List<Integer> starts, int introEnd, int outroStart) {
    }

    Plan plan(List<Sentence> sentences, Language language, EpisodeMetadata metadata, List<ChapterHint> hints,
              SegmentationOptions options) {
        int n = sentences.size();
        double[] starts = new double[n];
        double end = 0;
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            starts[i] = i == 0 ? s.start() : Math.max(s.start(), starts[i - 1]);
            end = Math.max(end, s.end());
            texts.add(s.text());
        }
        end = Math.max(end, starts[n - 1]);
        LexicalAnalyzer analyzer = analyzers.get(language);
        List<List<String>> terms = texts.stream().map(analyzer::terms).toList();

        double[] depth = new LexicalCohesion(options.effectiveBlockSeconds(), SMOOTHING_GAPS).depths(terms, starts);
        double maxDepth = BoundarySelector.max(depth);
        double[] lexical = new double[n];
        for (int g = 1; g < n; g++) {
            lexical[g] = maxDepth > 0 ? depth[g] / maxDepth : 0;
        }
        DiscourseMarkers markers = new DiscourseMarkers(language);
        List<DiscourseMarkers.Marks> marks = texts.stream().map(markers::marks).toList(); // one normalising each
        double[] score = lexical.clone();
        for (int g = 1; g < n; g++) {
            score[g] += options.markerWeight() * marks.get(g).transition();
        }
        List<String> announced = metadata == null ? List.of() : metadata.announcedTopics();
        AnnouncedTopics topics = new AnnouncedTopics(analyzer, announced);
        double[] onset = topics.size() == 0 ? new double[n] : onsets(topics.match(texts, terms), starts);
        for (int g = 1; g < n; g++) {
            score[g] += options.topicWeight() * onset[g];
        }

        int introEnd = -1;
        int outroStart = -1;
        if (options.detectIntroOutro()) {
            Set<String> names = names(metadata, analyzer);
            boolean[] opening = new boolean[n];
            boolean[] closing = new boolean[n];
            Set<String> named = new HashSet<>();
            for (int i = 0; i < n; i++) {
                String t = texts.get(i);
                opening[i] = marks.get(i).opening() || firstMention(analyzer.contentWords(t), names, named);
                closing[i] = marks.get(i).closing();
            }
            OpeningClosingDetector oc = new OpeningClosingDetector(MIN_INTRO_OUTRO_SECONDS);
            introEnd = oc.introEnd(starts, end, opening, lexical);
            outroStart = oc.outroStart(starts, end, closing, lexical);
            if (introEnd > 0 && outroStart > 0 && outroStart <= introEnd) {
                outroStart = -1;
            }
        }

        Set<Integer> forced = new LinkedHashSet<>();
        if (introEnd > 0) {
            forced.add(introEnd);
        }
        if (outroStart > 0) {
            forced.add(outroStart);
        }
        for (ChapterHint h : hints) {
            int g = nearestStart(starts, h.start());
            if (g > 0) {
                forced.add(g);
            }
        }
        int from = introEnd > 0 ? introEnd : 1;
        int to = outroStart > 0 ? outroStart : n;
        double topicSeconds = (to < n ? starts[to] : end) - starts[from == 1 ? 0 : from];
        int hintsInside = (int) forced.stream().filter(g -> g > from && g < to).count();
        int target = (int) Math.round(topicSeconds / options.targetChapterSeconds()) - 1 - hintsInside;
        List<Integer> chosen;
        if (options.method() == BoundaryMethod.LIKELIHOOD && hintsInside == 0) {
            // episode signals as rewards: a full-strength marker is worth SIGNAL_REWARD nats per term
            // of an average chapter; lexical depth is already what the likelihood measures
            double[] reward = new double[n];
            for (int g = 1; g < n; g++) {
                reward[g] = SIGNAL_REWARD * (score[g] - lexical[g]);
            }
            List<Integer> found = new LikelihoodSegmentation(options.effectiveMinChapterSeconds(),
                    MAX_CHAPTER_FACTOR * options.targetChapterSeconds(), 1, options.estimateCount())
                    .boundaries(terms, starts, end, introEnd > 0 ? introEnd : 0, to, Math.max(1, target + 1), reward);
            if (options.estimateCount() && options.cohesionAgreement()) {
                Set<Integer> signalled = new HashSet<>();
                for (int g = 1; g < n; g++) {
                    if (reward[g] > 0) {
                        signalled.add(g);
                    }
                }
                found = new CohesionAgreement(SMOOTHING_GAPS).filter(found, lexical, signalled);
            }
            chosen = new ArrayList<>(forced);
            chosen.addAll(found);
            chosen.sort(null);
        } else {
            chosen = new BoundarySelector(options.effectiveMinChapterSeconds())
                .select(starts, end, score, from + 1, to, Math.max(0, target), forced);
        }
        return new Plan(chosen, introEnd, outroStart);
    }

    /**
     * Per gap, how much an announced topic starts there: its key items found in the sentences right
     * after the gap (half the items are enough; weight fading over 20 s), times how much more the
     * minute after mentions it than the minute before. Each window holds at most
     * {@link #TOPIC_WINDOW_SENTENCES} sentences.
     */
    static double[] onsets(double[][] match, double[] starts) {
        int n = starts.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        int topics = match[0].length;
        for (int g = 1; g < n; g++) {
            double best = 0;
            for (int t = 0; t < topics; t++) {
                double focus = 0;
                double right = 0;
                double left = 0;
                for (int i = g; i < n && starts[i] < starts[g] + TOPIC_WINDOW_SECONDS && i - g < TOPIC_WINDOW_SENTENCES; i++) {
                    right += match[i][t];
                    double near = i == g ? 1 : 1 - (starts[i] - starts[g]) / TOPIC_FOCUS_SECONDS;
                    if (near > 0) {
                        focus = Math.max(focus, Math.min(1, 2 * match[i][t]) * near);
                    }
                }
                for (int i = g - 1; i >= 0 && starts[i] >= starts[g] - TOPIC_WINDOW_SECONDS && g - i <= TOPIC_WINDOW_SENTENCES; i--) {
                    left += match[i][t];
                }
                double rise = (right - left) / (right + left + 1);
                best = Math.max(best, focus * Math.max(0, rise));
            }
            out[g] = best;
        }
        return out;
    }

    private static Set<String> names(EpisodeMetadata metadata, LexicalAnalyzer analyzer) {
        Set<String> names = new HashSet<>();
        if (metadata == null) {
            return names;
        }
        List<String> people = new ArrayList<>();
        if (metadata.host() != null) {
            people.add(metadata.host());
        }
        metadata.guests().stream().map(Person::name).forEach(people::add);
        for (String p : people) {
            for (String w : analyzer.contentWords(p)) {
                if (w.length() >= 3) {
                    names.add(PHONETIC.doubleMetaphone(w.toLowerCase(Locale.ROOT)));
                }
            }
        }
        return names;
    }

    /**
     * Whether the sentence names a host or guest for the first time (presenting someone); names
     * compare by Double Metaphone code, as ASR spells them loosely (Salime / Salim).
     */
    private static boolean firstMention(List<String> words, Set<String> names, Set<String> alreadyNamed) {
        boolean first = false;
        for (String w : words) {
            String code = PHONETIC.doubleMetaphone(w);
            if (w.length() >= 3 && names.contains(code) && alreadyNamed.add(code)) {
                first = true;
            }
        }
        return first;
    }

    private static int nearestStart(double[] starts, double t) {
        int best = 0;
        for (int i = 1; i < starts.length; i++) {
            if (Math.abs(starts[i] - t) < Math.abs(starts[best] - t)) {
                best = i;
            }
        }
        return best;
    }

    private static List<Segment> build(List<Sentence> sentences, Plan plan, Language language) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int c : plan.starts()) {
            if (c > 0 && c < sentences.size() && c > cuts.get(cuts.size() - 1)) {
                cuts.add(c);
            }
        }
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < cuts.size(); k++) {
            int a = cuts.get(k);
            int b = k + 1 < cuts.size() ? cuts.get(k + 1) : sentences.size();
            List<Sentence> part = sentences.subList(a, b);
            double start = part.get(0).start();
            double end = 0;
            Set<String> speakers = new LinkedHashSet<>();
            for (Sentence s : part) {
                end = Math.max(end, s.end());
                if (s.speaker() != null && !s.speaker().isBlank()) {
                    speakers.add(s.speaker());
                }
            }
            if (b < sentences.size()) {
                end = Math.max(start, sentences.get(b).start()); // chapters tile the time line
            }
            SegmentKind kind = SegmentKind.TOPIC;
            if (k == 0 && plan.introEnd() > 0 && b == plan.introEnd()) {
                kind = SegmentKind.INTRO;
            } else if (k == cuts.size() - 1 && plan.outroStart() > 0 && a == plan.outroStart()) {
                kind = SegmentKind.OUTRO;
            }
            out.add(new Segment(k, start, end, kind.name(), List.copyOf(part), List.of(), List.of(),
                    List.copyOf(speakers), language.code()));
        }
        return out;
    }
}
