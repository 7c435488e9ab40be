package media.pipeline.segment.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.Sentence;

/**
 * Rebuilds sentences from ASR cues, which are cut anywhere ("Ce soir," / "c'est quand même ...").
 *
 * <ul>
 *   <li>Cues are sorted by start time and blank ones dropped; consecutive cues of one speaker form a
 *       run. A speaker change always ends a sentence, and so does a silence of
 *       {@link SentenceOptions#hardPauseSeconds()}.</li>
 *   <li>Punctuated transcripts: each run's text goes through the OpenNLP sentence model.</li>
 *   <li>Unpunctuated transcripts: pseudo-sentences end at silences of
 *       {@link SentenceOptions#pauseSeconds()} between cues.</li>
 *   <li>Either way, a sentence above {@code maxWords}/{@code maxSeconds} is cut at its best inner
 *       point (a long pause, then a cue end, then a comma).</li>
 *   <li>Times: a sentence starting or ending inside a cue gets a time interpolated by character
 *       offset within that cue. Starts never go backwards, even when cue times overlap.</li>
 * </ul>
 */
public final class SentenceBuilder {
    private final Language language;
    private final SentenceOptions options;
    private final SentenceDetector detector;

    public SentenceBuilder(Language language, SentenceOptions options) {
        this.language = Objects.requireNonNull(language, "language");
        this.options = Objects.requireNonNull(options, "options");
        this.detector = new SentenceDetector(language);
    }

    public Language language() {
        return language;
    }

    public List<Sentence> build(List<Cue> cues) {
        List<Cue> sorted = new ArrayList<>();
        for (Cue c : Objects.requireNonNull(cues, "cues")) {
            if (c != null && !c.text().isBlank()) {
                sorted.add(c);
            }
        }
        sorted.sort(Comparator.comparingDouble(Cue::start)); // stable: equal starts keep their order
        boolean punctuated = isPunctuated(sorted, options.minPunctuationRate());
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || endsRun(sorted.get(i - 1), sorted.get(i), punctuated)) {
                buildRun(sorted.subList(from, i), punctuated, out);
                from = i;
            }
        }
        return out;
    }

    /** True when terminal punctuation is frequent enough for the sentence model to be trusted. */
    static boolean isPunctuated(List<Cue> cues, double minRate) {
        long words = 0;
        long marks = 0;
        for (Cue c : cues) {
            String t = c.text();
            words += t.isBlank() ? 0 : t.trim().split("\\s+").length;
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch == '.' || ch == '?' || ch == '!' || ch == '…' || ch == '。' || ch == '？' || ch == '！') {
                    marks++;
                }
            }
        }
        return words > 0 && marks > 0 && (double) marks / words >= minRate;
    }

    private boolean endsRun(Cue prev, Cue next, boolean punctuated) {
        if (!sameSpeaker(prev.speaker(), next.speaker())) {
            return true;
        }
        double gap = next.start() - prev.end();
        return gap >= (punctuated ? options.hardPauseSeconds() : options.pauseSeconds());
    }

    private static boolean sameSpeaker(String a, String b) {
        String x = a == null ? "" : a.trim();
        String y = b == null ? "" : b.trim();
        return x.equalsIgnoreCase(y);
    }

    private void buildRun(List<Cue> run, boolean punctuated, List<Sentence> out) {
        Run r = new Run(run);
        List<int[]> spans = punctuated ? detector.spans(r.text) : List.of(new int[] {0, r.text.length()});
        for (int[] span : spans) {
            for (int[] piece : splitLong(r, span[0], span[1])) {
                emit(r, piece[0], piece[1], out);
            }
        }
    }

    private void emit(Run r, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(r.text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(r.text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        double t0 = r.timeAt(start, false);
        double t1 = r.timeAt(end, true);
        if (!out.isEmpty()) {
            t0 = Math.max(t0, out.get(out.size() - 1).start());
        }
        t1 = Math.max(t1, t0);
        out.add(new Sentence(t0, t1, r.speaker, r.text.substring(start, end)));
    }

    /** Cuts [start, end) into pieces within the word and time limits, at the best inner points. */
    private List<int[]> splitLong(Run r, int start, int end) {
        List<int[]> pieces = new ArrayList<>();
        int s = start;
        while (s < end) {
            int limit = s;
            int words = 0;
            int i = s;
            // furthest word end that keeps both limits
            while (i < end) {
                while (i < end && Character.isWhitespace(r.text.charAt(i))) {
                    i++;
                }
                if (i >= end) {
                    break;
                }
                int w = i;
                while (w < end && !Character.isWhitespace(r.text.charAt(w))) {
                    w++;
                }
                boolean fits = words + 1 <= options.maxWords()
                        && r.timeAt(w, true) - r.timeAt(s, false) <= options.maxSeconds();
                if (!fits && words > 0) {
                    break;
                }
                words++;
                limit = w;
                i = w;
            }
            if (limit >= end || i >= end) {
                pieces.add(new int[] {s, end});
                break;
            }
            int cut = bestCut(r, s, limit);
            pieces.add(new int[] {s, cut});
            s = cut;
        }
        return pieces;
    }

    /** The best place to cut inside (s, limit]: its second half, preferring pauses, cue ends, commas. */
    private int bestCut(Run r, int s, int limit) {
        int lowest = s + (limit - s) / 2;
        int best = limit;
        double bestScore = -1;
        for (int p = limit; p > lowest; p--) {
            if (p < r.text.length() && !Character.isWhitespace(r.text.charAt(p))
                    || p < r.text.length() && p > 0 && Character.isWhitespace(r.text.charAt(p - 1))) {
                continue; // only just after a word
            }
            double score = 0;
            int cueIndex = r.cueStartingAt(p + 1);
            if (cueIndex > 0) {
                score = 1 + Math.max(0, r.cues.get(cueIndex).start() - r.cues.get(cueIndex - 1).end());
            }
            char before = r.text.charAt(p - 1);
            if (before == ',' || before == ';' || before == ':') {
                score += 0.5;
            }
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    /** One speaker's consecutive cues as a single text, with each cue's character offset. */
    private static final class Run {
        final List<Cue> cues;
        final String text;
        final int[] offsets;
        final String speaker;

        Run(List<Cue> cues) {
            this.cues = cues;
            this.offsets = new int[cues.size()];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cues.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                offsets[i] = sb.length();
                sb.append(cues.get(i).text().strip());
            }
            this.text = sb.toString();
            String sp = cues.get(0).speaker();
            this.speaker = sp == null || sp.isBlank() ? null : sp.strip();
        }

        /**
         * Index (from 1) of the cue whose text starts exactly at {@code offset}, else -1. A binary search:
         * the offsets strictly increase (a space before every cue but the first), and a scan from the
         * first cue for every candidate cut made long runs (a page without speakers or pauses is one
         * run) quadratic.
         */
        int cueStartingAt(int offset) {
            int i = offsets.length > 1 ? Arrays.binarySearch(offsets, 1, offsets.length, offset) : -1;
            return i >= 1 ? i : -1;
        }

        /** Time at a character offset, interpolated in its cue; an end offset belongs to the cue before it. */
        double timeAt(int offset, boolean isEnd) {
            int probe = isEnd ? Math.max(0, offset - 1) : offset;
            int j = 0;
            int lo = 0;
            int hi = offsets.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (offsets[mid] <= probe) {
                    j = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            Cue c = cues.get(j);
            int len = c.text().strip().length();
            double frac = len == 0 ? 0 : (double) (offset - offsets[j]) / len;
            frac = Math.max(0, Math.min(1, frac));
            return c.start() + frac * (c.end() - c.start());
        }
    }
}
