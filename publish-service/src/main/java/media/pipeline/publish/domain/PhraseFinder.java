package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finds a fixed set of phrases (entity names and the transcript's spellings of them) in text: as whole words
 * (not preceded nor followed by a letter or digit), case-insensitively with Unicode case folding, the longest
 * phrase first where several start at one position, scanning on after each match. These are the matches of
 * {@code Matcher.find} with the alternation {@code (?iu)(?<![\p{L}\p{N}])(?:longest|...|shortest)(?![\p{L}\p{N}])}
 * (phrases of equal length in the given order); empty phrases are never found.
 *
 * <p>One pass over the text, and at a position only the phrases whose first letter folds to that position's are
 * tried. A regex alternation tried every phrase in turn at every word start, and was compiled anew for each chapter
 * and each headline candidate: summarising cost sentences × entity spellings, so a long episode, whose chapters
 * share more names, cost more per sentence than a short one (docs/performance-fixes.md). Immutable and
 * thread-safe.
 */
final class PhraseFinder {
    /** One occurrence: chars {@code start} to {@code end} of the text, of the phrase at {@code phrase} in the list given. */
    record Match(int start, int end, int phrase) {
    }

    static final PhraseFinder NONE = new PhraseFinder(List.of());

    private final int[][] folded;   // per phrase (given order): its code points, case folded
    private final int[] firsts;     // the distinct folded first code points, ascending
    private final int[][] buckets;  // per entry of firsts: phrase indices, longest first, then given order
    private final int[] rank;       // per phrase: its place in that order

    private PhraseFinder(List<String> phrases) {
        int n = phrases.size();
        folded = new int[n][];
        int[] order = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            String p = Objects.requireNonNull(phrases.get(i), "phrase");
            folded[i] = fold(p);
            if (!p.isEmpty()) {
                order[m++] = i;
            }
        }
        for (int a = 1; a < m; a++) { // stable: longer first, equal lengths in the given order
            int v = order[a];
            int length = phrases.get(v).length();
            int b = a - 1;
            for (; b >= 0 && phrases.get(order[b]).length() < length; b--) {
                order[b + 1] = order[b];
            }
            order[b + 1] = v;
        }
        rank = new int[n];
        int[] first = new int[m];
        for (int r = 0; r < m; r++) {
            rank[order[r]] = r;
            first[r] = folded[order[r]][0];
        }
        firsts = Arrays.stream(first).distinct().sorted().toArray();
        int[] sizes = new int[firsts.length];
        for (int f : first) {
            sizes[Arrays.binarySearch(firsts, f)]++;
        }
        buckets = new int[firsts.length][];
        for (int b = 0; b < firsts.length; b++) {
            buckets[b] = new int[sizes[b]];
            sizes[b] = 0;
        }
        for (int r = 0; r < m; r++) {
            int b = Arrays.binarySearch(firsts, first[r]);
            buckets[b][sizes[b]++] = order[r];
        }
    }

    /** A finder of these phrases (none null; their order breaks ties between phrases of equal length). */
    static PhraseFinder of(List<String> phrases) {
        Objects.requireNonNull(phrases, "phrases");
        return phrases.isEmpty() ? NONE : new PhraseFinder(phrases);
    }

    /** True if no phrase can ever be found. */
    boolean isEmpty() {
        return firsts.length == 0;
    }

    /** The occurrences in {@code text}, left to right, none overlapping. */
    List<Match> findAll(String text) {
        List<Match> out = new ArrayList<>();
        scan(text, out, false);
        return out;
    }

    /** The first occurrence in {@code text}, or null. */
    Match find(String text) {
        List<Match> out = new ArrayList<>(1);
        scan(text, out, true);
        return out.isEmpty() ? null : out.get(0);
    }

    /** The {@code [start, end)} char spans of {@link #findAll}. */
    List<int[]> spans(String text) {
        List<Match> matches = findAll(text);
        List<int[]> spans = new ArrayList<>(matches.size());
        for (Match m : matches) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private void scan(String text, List<Match> out, boolean firstOnly) {
        Objects.requireNonNull(text, "text");
        if (firsts.length == 0) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (i == 0 || !isWordChar(Character.codePointBefore(text, i))) {
                Match m = matchAt(text, i, cp);
                if (m != null) {
                    out.add(m);
                    if (firstOnly) {
                        return;
                    }
                    i = m.end();
                    continue;
                }
            }
            i += Character.charCount(cp);
        }
    }

    /** The longest phrase found whole at {@code start}, where the text has code point {@code cp}. */
    private Match matchAt(String text, int start, int cp) {
        int f = fold(cp);
        int[] a = bucket(f);
        int[] b = f == cp ? null : bucket(cp); // a phrase letter folding to cp itself also matches it
        int x = 0;
        int y = 0;
        while ((a != null && x < a.length) || (b != null && y < b.length)) {
            int phrase;
            if (b == null || y >= b.length || (a != null && x < a.length && rank[a[x]] < rank[b[y]])) {
                phrase = a[x++];
            } else {
                phrase = b[y++];
            }
            int end = matchEnd(text, start, folded[phrase]);
            if (end >= 0 && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
                return new Match(start, end, phrase);
            }
        }
        return null;
    }

    private int[] bucket(int foldedFirst) {
        int at = Arrays.binarySearch(firsts, foldedFirst);
        return at < 0 ? null : buckets[at];
    }

    /** Where the phrase ends if the text spells it from {@code start}, else -1. */
    private static int matchEnd(String text, int start, int[] phrase) {
        int j = start;
        for (int p : phrase) {
            if (j >= text.length()) {
                return -1;
            }
            int c = text.codePointAt(j);
            if (p != c && p != fold(c)) {
                return -1;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    private static int[] fold(String phrase) {
        int[] out = new int[phrase.codePointCount(0, phrase.length())];
        for (int i = 0, k = 0; i < phrase.length(); k++) {
            int cp = phrase.codePointAt(i);
            out[k] = fold(cp);
            i += Character.charCount(cp);
        }
        return out;
    }

    /** The case folding of Java's case-insensitive Unicode regex: lower case of the upper case. */
    static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    static boolean isWordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
