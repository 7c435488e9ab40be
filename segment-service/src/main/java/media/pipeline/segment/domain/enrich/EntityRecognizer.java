package media.pipeline.segment.domain.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.Sentence;

/**
 * Finds the gazetteer's entities in sentences and counts them under their canonical names. The
 * text is never changed: each mention keeps the words as said (its surface form).
 *
 * <p>Passes, each on the words no earlier pass took:
 * <ol>
 * <li><b>Exact</b>, longest span first (1-4 words): folded words equal to a name ("open ai", "OVH
 * Cloud"), or, for 2+ words with a capital, the words joined ("Open AI" = OpenAI), or, for 2+
 * capitalised words, the joined words' French phonetic key ("Au VH Cloud" = OVHcloud). Names of
 * up to 4 capitals (AWS, US) need capitals; 'common' names (Orange, Free, Apple) need their capital
 * and are dropped at a sentence start unless the entity is also found elsewhere; a one-word common
 * name followed by another capitalised word (Claude François) is left alone. A plural -s is allowed
 * on lower-case names of 5+ letters ("scaleways"). An exact mention followed by a capitalised word
 * that together still resolve to the same entity takes that word ("OVH Club").</li>
 * <li><b>Fuzzy</b>, only on name-like spans: every word capitalised (particles de/van/di... inside),
 * single words not at a sentence start, no stop word at either end, 4+ letters, the letter counts
 * within 75% and 3 letters of the name's. See {@link #fuzzyScore} for the rules.</li>
 * <li><b>First name</b> alone, capitalised and not followed by a capitalised word: the host, a
 * guest, or a person named in full in the same chapter, if exactly one of them has that first name
 * (equal or same phonetic key: "Salim" for Salime). Two Frédérics: no match.</li>
 * </ol>
 * Thread-safe: holds only immutable state.
 */
final class EntityRecognizer {
    static final double STRICT = 0.92;
    static final double PHONETIC = 0.84;
    static final double SUPPORTED = 0.75;
    static final double PERSON_LAST = 0.88;
    static final double AMBIGUITY_MARGIN = 0.02;
    static final int FIRST_NAME_WINDOW = 40;
    private static final Set<String> PARTICLES = Set.of(
            "de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "del", "della", "dos", "el",
            "al", "bin", "ter");

    private final EpisodeGazetteer gazetteer;
    private final StopWords stop;
    private final Language language;
    private final Tokenizer tokenizer = new Tokenizer();

    /** @param language the episode's: its stop words ("über", "con") are never names, besides French and English ones */
    EntityRecognizer(EpisodeGazetteer gazetteer, StopWords stop, Language language) {
        if (gazetteer == null || stop == null || language == null) {
            throw new IllegalArgumentException("gazetteer, stop words and language are required");
        }
        this.gazetteer = gazetteer;
        this.stop = stop;
        this.language = language;
    }

    private record Match(GazetteerEntry entry, int sentence, int from, int to, boolean weak) {
    }

    private record Scored(GazetteerEntry entry, double score) {
    }

    /** The entities found by exact (non-weak) matches: they support loose matches elsewhere. */
    Set<GazetteerEntry> exactEntities(List<Sentence> sentences) {
        Work work = new Work(sentences);
        exactPass(work);
        Set<GazetteerEntry> found = new HashSet<>();
        for (Match m : work.matches) {
            if (!m.weak()) {
                found.add(m.entry());
            }
        }
        return found;
    }

    /**
     * The entities of these sentences by mentions (desc), then name.
     *
     * @param supportedElsewhere entities mentioned exactly elsewhere in the episode
     */
    List<EntityMention> recognize(List<Sentence> sentences, Set<GazetteerEntry> supportedElsewhere) {
        Work work = new Work(sentences);
        exactPass(work);
        Set<GazetteerEntry> support = new HashSet<>(supportedElsewhere == null ? Set.of() : supportedElsewhere);
        work.matches.stream().filter(m -> !m.weak()).forEach(m -> support.add(m.entry()));
        fuzzyPass(work, support);
        firstNamePass(work);
        return aggregate(work, support);
    }

    // ---------------------------------------------------------------- passes

    private final class Work {
        final List<String> texts = new ArrayList<>();
        final List<List<Token>> tokens = new ArrayList<>();
        final List<boolean[]> used = new ArrayList<>();
        final List<Match> matches = new ArrayList<>();
        private String folded;
        private final Map<GazetteerEntry, Boolean> contextCache = new HashMap<>();

        Work(List<Sentence> sentences) {
            if (sentences != null) {
                for (Sentence s : sentences) {
                    if (s == null) {
                        continue;
                    }
                    List<Token> t = tokenizer.tokens(s.text());
                    texts.add(s.text());
                    tokens.add(t);
                    used.add(new boolean[t.size()]);
                }
            }
        }

        void take(Match m) {
            matches.add(m);
            for (int k = m.from(); k < m.to(); k++) {
                used.get(m.sentence())[k] = true;
            }
        }

        boolean free(int s, int from, int to) {
            for (int k = from; k < to; k++) {
                if (used.get(s)[k]) {
                    return false;
                }
            }
            return true;
        }

        /** Whether one of the entry's context words occurs in these sentences. */
        boolean inContext(GazetteerEntry entry) {
            return contextCache.computeIfAbsent(entry, e -> {
                if (folded == null) {
                    folded = " " + Text.fold(String.join(" ", texts)).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
                }
                return e.context().stream()
                        .anyMatch(w -> folded.contains(" " + w.replaceAll("[^\\p{L}\\p{N}]+", " ") + " "));
            });
        }
    }

    private void exactPass(Work work) {
        for (int s = 0; s < work.tokens.size(); s++) {
            List<Token> tokens = work.tokens.get(s);
            String text = work.texts.get(s);
            int i = 0;
            while (i < tokens.size()) {
                Match found = null;
                for (int len = Math.min(4, tokens.size() - i); len >= 1 && found == null; len--) {
                    if (!contiguous(text, tokens, i, i + len)) {
                        continue;
                    }
                    found = exact(s, text, tokens, i, i + len);
                }
                if (found == null) {
                    i++;
                    continue;
                }
                found = extend(work, found);
                work.take(found);
                i = found.to();
            }
        }
    }

    private Match exact(int s, String text, List<Token> tokens, int from, int to) {
        // most spans name nothing: rule them out before building keys (this runs for every word, up to 4 times)
        int size = to - from;
        boolean anyCapital = false;
        for (int k = from; k < to && !anyCapital; k++) {
            anyCapital = tokens.get(k).capitalised();
        }
        if (size >= 2 && !anyCapital && !gazetteer.startsLongerName(tokens.get(from).key())) {
            return null; // only the spaced lookup applies to an uncapitalised span, and no name starts so
        }
        String spaced = size == 1 ? tokens.get(from).key() : spaced(tokens.subList(from, to));
        List<Alias> sameWords = gazetteer.bySpaced(spaced);
        String joined = size == 1 ? spaced : spaced.replace(" ", "");
        if (sameWords.isEmpty() && !(size >= 2 && anyCapital) && !(size == 1 && joined.length() >= 6
                && joined.endsWith("s") && !tokens.get(from).acronym())) {
            return null; // none of the rules below can apply
        }
        List<Token> span = tokens.subList(from, to);
        Token next = to < tokens.size() && contiguous(text, tokens, to - 1, to + 1) ? tokens.get(to) : null;
        List<Alias> candidates = new ArrayList<>();
        for (Alias a : sameWords) {
            if (acceptsExact(a, span, next)) {
                candidates.add(a);
            }
        }
        if (candidates.isEmpty() && span.size() == 1 && joined.length() >= 6 && joined.endsWith("s")
                && !span.get(0).acronym()) {
            for (Alias a : gazetteer.bySpaced(joined.substring(0, joined.length() - 1))) {
                if (a.size() == 1 && !a.entry().common() && !a.acronym() && a.joined().length() >= 5) {
                    candidates.add(a);
                }
            }
        }
        if (candidates.isEmpty() && span.size() >= 2 && anyCapital) {
            for (Alias a : gazetteer.byJoined(joined)) {
                if (acceptsExact(a, span, next) && (!a.acronym() || span.stream().allMatch(Token::acronym))) {
                    candidates.add(a);
                }
            }
        }
        if (candidates.isEmpty() && span.size() >= 2 && joined.length() >= 5 && span.get(0).capitalised()
                && span.get(span.size() - 1).capitalised()
                && span.stream().allMatch(t -> t.capitalised() || PARTICLES.contains(t.key()))) {
            for (Alias a : gazetteer.byPhonetic(Text.phonetic(joined))) {
                if (!a.entry().common() && a.entry().source() != GazetteerEntry.Source.DESCRIPTION
                        && lengthsClose(joined, a.joined())) {
                    candidates.add(a);
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Alias best = candidates.stream().min(Comparator.comparingInt(a -> priority(a.entry()))).orElseThrow();
        boolean weak = best.entry().common() && span.size() == 1 && span.get(0).sentenceInitial();
        return new Match(best.entry(), s, from, to, weak);
    }

    private boolean acceptsExact(Alias a, List<Token> span, Token next) {
        if (a.joined().length() < 2) {
            return false;
        }
        if (a.acronym()) {
            return span.stream().allMatch(t -> t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)));
        }
        if (span.size() == 1 && isStop(span.get(0).text()) && !span.get(0).acronym() && !a.entry().common()) {
            return false;
        }
        if (a.entry().common()) {
            if (a.size() == span.size()) {
                for (int k = 0; k < span.size(); k++) {
                    if (a.tokens().get(k).capitalised() && !span.get(k).capitalised()) {
                        return false;
                    }
                }
            } else if (!span.stream().allMatch(Token::capitalised)) {
                return false;
            }
            if (span.size() == 1 && next != null && next.capitalised() && !next.sentenceInitial()) {
                return false;
            }
        }
        return true;
    }

    /** An exact mention followed by a capitalised word that, together, resolve to the same entity. */
    private Match extend(Work work, Match m) {
        List<Token> tokens = work.tokens.get(m.sentence());
        int to = m.to();
        if (to >= tokens.size() || !contiguous(work.texts.get(m.sentence()), tokens, m.from(), to + 1)) {
            return m;
        }
        Token next = tokens.get(to);
        if (!next.capitalised() || isStop(next.text()) || m.entry().type() == EntityType.PERSON) {
            return m;
        }
        Scored s = fuzzyBest(tokens.subList(m.from(), to + 1), e -> e.equals(m.entry()));
        return s != null && s.entry().equals(m.entry())
                ? new Match(m.entry(), m.sentence(), m.from(), to + 1, m.weak()) : m;
    }

    private void fuzzyPass(Work work, Set<GazetteerEntry> support) {
        for (int s = 0; s < work.tokens.size(); s++) {
            List<Token> tokens = work.tokens.get(s);
            String text = work.texts.get(s);
            int i = 0;
            while (i < tokens.size()) {
                Match found = null;
                for (int len = Math.min(4, tokens.size() - i); len >= 1 && found == null; len--) {
                    if (!work.free(s, i, i + len) || !contiguous(text, tokens, i, i + len)) {
                        continue;
                    }
                    List<Token> span = tokens.subList(i, i + len);
                    if (!nameLike(span) || (len == 1 && insideLongerName(text, tokens, i))) {
                        continue;
                    }
                    Scored best = fuzzyBest(span, e -> support.contains(e)
                            || e.source() == GazetteerEntry.Source.EPISODE || work.inContext(e));
                    if (best == null && len == 2) {
                        best = surnameVariant(span);
                    }
                    if (best != null) {
                        found = new Match(best.entry(), s, i, i + len, false);
                    }
                }
                if (found == null) {
                    i++;
                } else {
                    work.take(found);
                    i = found.to();
                }
            }
        }
    }

    private void firstNamePass(Work work) {
        Map<GazetteerEntry, List<Integer>> persons = new LinkedHashMap<>();
        gazetteer.episodePersons().forEach(p -> persons.put(p, List.of()));
        for (Match m : work.matches) {
            if (m.entry().type() == EntityType.PERSON && m.entry().source() != GazetteerEntry.Source.EPISODE
                    && tokenizer.tokens(m.entry().name()).size() >= 2) {
                persons.computeIfAbsent(m.entry(), k -> new ArrayList<>()).add(m.sentence());
            }
        }
        if (persons.isEmpty()) {
            return;
        }
        for (int s = 0; s < work.tokens.size(); s++) {
            List<Token> tokens = work.tokens.get(s);
            String text = work.texts.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (work.used.get(s)[i] || !t.capitalised() || t.acronym() || t.key().length() < 3
                        || isStop(t.text())) {
                    continue;
                }
                if (i + 1 < tokens.size() && tokens.get(i + 1).capitalised() && contiguous(text, tokens, i, i + 2)) {
                    continue;
                }
                GazetteerEntry only = null;
                int count = 0;
                for (Map.Entry<GazetteerEntry, List<Integer>> p : persons.entrySet()) {
                    List<Token> name = tokenizer.tokens(p.getKey().name());
                    if (name.size() >= 2 && sameFirstName(t.key(), name.get(0).key())
                            && (p.getKey().source() == GazetteerEntry.Source.EPISODE || recentlyNamed(p.getValue(), s))) {
                        only = p.getKey();
                        count++;
                    }
                }
                if (count == 1) {
                    work.take(new Match(only, s, i, i + 1, false));
                }
            }
        }
    }

    /** A person of the base list named in full within the {@value #FIRST_NAME_WINDOW} sentences before. */
    private static boolean recentlyNamed(List<Integer> fullMentions, int sentence) {
        return fullMentions.stream().anyMatch(f -> f <= sentence && sentence - f <= FIRST_NAME_WINDOW);
    }

    private static boolean sameFirstName(String said, String known) {
        if (said.equals(known)) {
            return true;
        }
        return said.length() >= 4 && known.length() >= 4 && Text.phonetic(said).equals(Text.phonetic(known))
                && Text.jaroWinkler(said, known) >= 0.9;
    }

    // ---------------------------------------------------------------- fuzzy rules

    /**
     * The best entry for a name-like span, or null. Per name (never 'common' one-word names,
     * acronyms, description names or names under 4 letters), with {@code s} = the higher Jaro-Winkler
     * similarity of the joined keys and of their phonetic keys, and the first letter of either key
     * equal:
     * <ul>
     * <li>same phonetic key ("Open&amp;Eye" / OpenAI, "Mars" / Maars);</li>
     * <li>{@code s >= 0.92} ("OVH Club" / OVHcloud);</li>
     * <li>same Double Metaphone code (3+ letters) and {@code s >= 0.84};</li>
     * <li>for one word and an entity <i>supported</i> (named exactly in the episode, an episode
     * entity, or one of its context words in the chapter): consonant skeletons 3+ long within one
     * edit, same first two phonetic letters and {@code s >= 0.75} ("Skyway" / Scaleway);</li>
     * <li>people's names of 2+ words are compared word by word only: first name equal (or same
     * phonetic key, or Jaro-Winkler &gt;= 0.93), middle words equal or both particles, last name of 3+
     * letters with the same phonetic key, or Jaro-Winkler &gt;= 0.88, or same Metaphone and &gt;= 0.80
     * ("Octave Claba", "Sergei Brink").</li>
     * </ul>
     * One-word spans need 5+ letters for base entries, 4+ for episode entries. The best entry must
     * lead every other entry by 0.02, or the span is ambiguous and left alone.
     */
    private Scored fuzzyBest(List<Token> span, Predicate<GazetteerEntry> supported) {
        String joined = spaced(span).replace(" ", "");
        if (joined.length() < 4 || (span.size() == 1 && isStop(joined))
                || !gazetteer.bySpaced(spaced(span)).isEmpty()) {
            return null;
        }
        String phonetic = Text.phonetic(joined);
        String metaphone = Text.metaphone(joined);
        Map<GazetteerEntry, Double> best = new LinkedHashMap<>();
        for (Alias a : gazetteer.aliases()) {
            GazetteerEntry e = a.entry();
            if (e.source() == GazetteerEntry.Source.DESCRIPTION || e.type() == EntityType.PLACE || a.acronym()
                    || a.joined().length() < 4
                    || (e.common() && a.size() == 1) || !lengthsClose(joined, a.joined())) {
                continue;
            }
            if (span.size() == 1 && joined.length() < (e.source() == GazetteerEntry.Source.EPISODE ? 4 : 5)) {
                continue;
            }
            double score = fuzzyScore(span, joined, phonetic, metaphone, a, supported);
            if (score > 0) {
                best.merge(e, score, Math::max);
            }
        }
        return pick(best);
    }

    private double fuzzyScore(List<Token> span, String joined, String phonetic, String metaphone, Alias a,
                              Predicate<GazetteerEntry> supported) {
        if (a.entry().type() == EntityType.PERSON && a.size() >= 2) {
            return a.size() == span.size() ? personScore(span, a) : -1;
        }
        if (joined.charAt(0) != a.joined().charAt(0) && phonetic.charAt(0) != a.phonetic().charAt(0)) {
            return -1;
        }
        double s = Math.max(Text.jaroWinkler(joined, a.joined()), Text.jaroWinkler(phonetic, a.phonetic()));
        if (phonetic.equals(a.phonetic())) {
            return Math.max(s, 0.97);
        }
        if (s >= STRICT) {
            return s;
        }
        if (metaphone.length() >= 3 && metaphone.equals(a.metaphone()) && s >= PHONETIC) {
            return s;
        }
        if (span.size() == 1 && a.size() == 1 && s >= SUPPORTED && supported.test(a.entry())) {
            String k1 = Text.skeleton(phonetic);
            String k2 = Text.skeleton(a.phonetic());
            if (k1.length() >= 3 && k2.length() >= 3 && Text.levenshtein(k1, k2) <= 1
                    && phonetic.length() >= 2 && a.phonetic().startsWith(phonetic.substring(0, 2))) {
                return s;
            }
        }
        return -1;
    }

    private static double personScore(List<Token> span, Alias a) {
        String first = span.get(0).key();
        String knownFirst = a.tokens().get(0).key();
        boolean firstOk = first.equals(knownFirst) || Text.phonetic(first).equals(Text.phonetic(knownFirst))
                || Text.jaroWinkler(first, knownFirst) >= 0.93;
        if (!firstOk) {
            return -1;
        }
        for (int k = 1; k < span.size() - 1; k++) {
            String w = span.get(k).key();
            String known = a.tokens().get(k).key();
            if (!w.equals(known) && !Text.phonetic(w).equals(Text.phonetic(known))
                    && !(PARTICLES.contains(w) && PARTICLES.contains(known))) {
                return -1;
            }
        }
        String last = span.get(span.size() - 1).key();
        String knownLast = a.tokens().get(a.size() - 1).key();
        if (last.length() < 3) {
            return -1;
        }
        String p1 = Text.phonetic(last);
        String p2 = Text.phonetic(knownLast);
        double s = Math.max(Text.jaroWinkler(last, knownLast), Text.jaroWinkler(p1, p2));
        if (p1.equals(p2)) {
            return 0.99;
        }
        if (s >= PERSON_LAST || (s >= 0.80 && Text.metaphone(last).equals(Text.metaphone(knownLast)))) {
            return s;
        }
        return -1;
    }

    /**
     * A host's or guest's first name said exactly, then a short, misheard surname: "Frédéric Red" for
     * guest Frédéric Krebs. Accepted when the said surname (3+ letters, capitalised, not a stop word)
     * is no longer than the real one and shares with it a run of 2+ letters covering 60% of the said
     * surname, and exactly one host or guest with that first name passes.
     */
    private Scored surnameVariant(List<Token> span) {
        String first = span.get(0).key();
        String said = span.get(1).key();
        if (said.length() < 3 || isStop(said)) {
            return null;
        }
        GazetteerEntry only = null;
        int count = 0;
        for (GazetteerEntry p : gazetteer.episodePersons()) {
            List<Token> name = tokenizer.tokens(p.name());
            if (name.size() < 2 || !name.get(0).key().equals(first)) {
                continue;
            }
            String surname = name.get(name.size() - 1).key();
            int common = Text.longestCommonSubstring(said, surname);
            if (said.length() <= surname.length() && common >= 2 && common >= 0.6 * said.length()) {
                only = p;
                count++;
            }
        }
        return count == 1 ? new Scored(only, 0.9) : null;
    }

    private static Scored pick(Map<GazetteerEntry, Double> scores) {
        Scored top = null;
        double second = -1;
        for (Map.Entry<GazetteerEntry, Double> e : scores.entrySet()) {
            if (top == null || e.getValue() > top.score()) {
                if (top != null) {
                    second = Math.max(second, top.score());
                }
                top = new Scored(e.getKey(), e.getValue());
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        if (top == null || second >= top.score() - AMBIGUITY_MARGIN) {
            return null;
        }
        return top;
    }

    // ---------------------------------------------------------------- helpers

    private boolean isStop(String word) {
        return stop.isStop(word, language);
    }

    private boolean nameLike(List<Token> span) {
        Token first = span.get(0);
        Token last = span.get(span.size() - 1);
        if (span.size() == 1 && first.sentenceInitial()) {
            return false;
        }
        for (Token t : List.of(first, last)) {
            if (!t.capitalised() || !Text.hasLetter(t.text()) || (isStop(t.text()) && !t.acronym())) {
                return false;
            }
        }
        for (int k = 1; k < span.size() - 1; k++) {
            Token t = span.get(k);
            if (!t.capitalised() && !PARTICLES.contains(t.key())) {
                return false;
            }
        }
        return true;
    }

    /** Episode entries first, then the base list, then description guesses. */
    private static int priority(GazetteerEntry e) {
        return switch (e.source()) {
            case EPISODE -> 0;
            case BASE -> 1;
            case DESCRIPTION -> 2;
        };
    }

    /** A capitalised neighbour: the word is part of a longer name we do not know ("François Sorel"). */
    private static boolean insideLongerName(String text, List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).capitalised() && contiguous(text, tokens, i, i + 2)) {
            return true;
        }
        return i > 0 && tokens.get(i - 1).capitalised() && !tokens.get(i - 1).sentenceInitial()
                && contiguous(text, tokens, i - 1, i + 1);
    }

    private static boolean lengthsClose(String a, String b) {
        int min = Math.min(a.length(), b.length());
        int max = Math.max(a.length(), b.length());
        return max - min <= 3 && min >= 0.75 * max;
    }

    private static String spaced(List<Token> span) {
        StringBuilder b = new StringBuilder();
        for (Token t : span) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.key());
        }
        return b.toString();
    }

    /** Words from..to follow each other with only spaces, a hyphen, '&amp;' or a dot between them. */
    private static boolean contiguous(String text, List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!joinable(text, tokens.get(k - 1).end(), tokens.get(k).start())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the gap between two words keeps them one name: whitespace only, one "-" or "&amp;" among whitespace,
     * or exactly ".". Scans in place (no substring): it runs for every word of every sentence.
     */
    static boolean joinable(String text, int from, int to) {
        if (to - from == 1 && text.charAt(from) == '.') {
            return true;
        }
        int visible = 0;
        char seen = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                seen = c;
            }
        }
        return visible == 0 || (visible == 1 && (seen == '-' || seen == '&'));
    }

    private List<EntityMention> aggregate(Work work, Set<GazetteerEntry> support) {
        Set<GazetteerEntry> strong = new HashSet<>(support);
        Map<GazetteerEntry, Integer> counts = new LinkedHashMap<>();
        Map<GazetteerEntry, Set<String>> surfaces = new HashMap<>();
        List<Match> inOrder = new ArrayList<>(work.matches);
        inOrder.sort(Comparator.comparingInt(Match::sentence).thenComparingInt(Match::from));
        for (Match m : inOrder) {
            if (m.weak() && !strong.contains(m.entry())) {
                continue;
            }
            List<Token> tokens = work.tokens.get(m.sentence());
            String surface = work.texts.get(m.sentence())
                    .substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            counts.merge(m.entry(), 1, Integer::sum);
            surfaces.computeIfAbsent(m.entry(), k -> new LinkedHashSet<>()).add(surface);
        }
        List<EntityMention> out = new ArrayList<>();
        counts.forEach((e, n) -> out.add(new EntityMention(e.name(), e.type(), n, List.copyOf(surfaces.get(e)))));
        out.sort(Comparator.comparingInt(EntityMention::mentions).reversed().thenComparing(EntityMention::name));
        return out;
    }
}
