package media.pipeline.segment.domain.enrich;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Normalised forms of words used for matching: accent/case folding, letters-only keys, a
 * French-aware phonetic rewrite, Double Metaphone codes and string similarities. Stateless.
 */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    private static final DoubleMetaphone METAPHONE = newMetaphone();

    private Text() {
    }

    private static DoubleMetaphone newMetaphone() {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(12);
        return m;
    }

    /** Lower case, accents removed, ligatures expanded: "Élysée Œuvre" becomes "elysee oeuvre". */
    static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String expanded = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace('’', '\'');
        return MARKS.matcher(Normalizer.normalize(expanded, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** Folded letters and digits only: "Open&Eye" becomes "openeye", "États-Unis" "etatsunis". */
    static String key(String s) {
        String folded = fold(s);
        if (!isAscii(folded)) {
            return NOT_ALNUM.matcher(folded).replaceAll("");
        }
        StringBuilder b = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!keep && b == null) {
                b = new StringBuilder(folded.length()).append(folded, 0, i);
            } else if (keep && b != null) {
                b.append(c);
            }
        }
        return b == null ? folded : b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A French-aware phonetic rewrite of a letters-only key, so that spellings that sound alike in
     * French (and mostly in English) meet: eau/au→o, ph→f, qu/ck/c+hard vowel→k, c+soft vowel→s,
     * y→i, ai/ei→e, silent h (not after c/s/p/t), doubled letters collapsed, silent final e dropped.
     * "Claba" and "Klaba" both become "klaba"; "Au VH Cloud" and "OVHcloud" both "ovkloud".
     */
    static String phonetic(String key) {
        if (key.isEmpty()) {
            return key;
        }
        String s = key.replace("eau", "o").replace("au", "o").replace("ph", "f").replace("qu", "k")
                .replace("ck", "k").replace("y", "i");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char prev = i > 0 ? s.charAt(i - 1) : 0;
            if (c == 'c' && next != 'h') {
                b.append(next == 'e' || next == 'i' ? 's' : 'k');
            } else if (c == 'h' && prev != 'c' && prev != 's' && prev != 'p' && prev != 't') {
                continue;
            } else {
                b.append(c);
            }
        }
        s = b.toString().replace("ai", "e").replace("ei", "e");
        StringBuilder d = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                d.append(s.charAt(i));
            }
        }
        if (d.length() > 3 && d.charAt(d.length() - 1) == 'e') {
            d.setLength(d.length() - 1);
        }
        return d.toString();
    }

    /** The primary Double Metaphone code of a letters-only key ("" when it has no letters). */
    static String metaphone(String key) {
        String code = METAPHONE.doubleMetaphone(key);
        return code == null ? "" : code;
    }

    /** Consonants of a phonetic key, repeats collapsed: "skalewe" becomes "sklw". */
    static String skeleton(String phonetic) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < phonetic.length(); i++) {
            char c = phonetic.charAt(i);
            if ("aeiouy".indexOf(c) < 0 && (b.length() == 0 || b.charAt(b.length() - 1) != c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static double jaroWinkler(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }

    static int levenshtein(String a, String b) {
        return LEVENSHTEIN.apply(a, b);
    }

    /** Length of the longest common substring. */
    static int longestCommonSubstring(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }
}
