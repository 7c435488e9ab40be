package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.Segment;

/**
 * Writes a chapter's headline and gist from its canonical entities, its keywords and its best
 * sentences (already cleaned and with canonical names, best first).
 *
 * <p>Headline of a topic chapter: "Subject : phrase", where the subject is the top entity (by
 * mentions, ORGANIZATION/PRODUCT/PERSON weighted over PLACE, the host excluded) and the phrase is
 * the stretch of a best sentence that starts at one of the chapter's keywords and runs to the next
 * punctuation or clause boundary (at most 8 words), e.g. "OVHcloud : retour d'Octave Klaba à la
 * direction". If the phrase already names the subject, the second entity (or nothing) leads.
 * Fallbacks, in order: "Subject, Second : keyword, keyword"; the capitalised keywords;
 * "Introduction"/"Conclusion" ("Wrap-up" in English) by kind; "Chapitre N"/"Chapter N".
 * Intro chapters get "Introduction : au programme, A, B et C" listing their entities.
 *
 * <p>Names: a capitalised word may appear in a headline or gist only inside a canonical entity
 * name, or as an all-capitals acronym that is one of the chapter's keywords ("IA"). Phrases breaking
 * that rule are discarded, keywords that look like names (or are an entity's surface form) are
 * skipped, so the transcript's spellings ("Octave Claba") never reach a headline.
 */
final class HeadlineWriter {
    static final int MAX_PHRASE_WORDS = 8;
    static final int MAX_GIST_WORDS = 8;
    static final int MIN_GIST_WORDS = 3;

    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’&.\\-]*[\\p{L}\\p{N}])?|[^\\s\\p{L}\\p{N}]");
    private static final Map<Language, Set<String>> BREAKERS = Map.of(
            Language.FR, Set.of("qui", "que", "qu", "quoi", "dont", "où", "parce", "mais", "car", "donc", "alors", "quand",
                    "lorsque", "lorsqu", "si", "comme", "puisque", "puisqu", "et", "ou", "ni", "est", "sont", "a", "ont",
                    "était", "étaient", "sera", "seront", "va", "vont", "fait", "font", "peut", "peuvent", "doit", "il",
                    "elle", "ils", "elles", "on", "nous", "vous", "je", "j", "tu", "ce", "ça", "cela", "c", "voilà",
                    "aujourd'hui", "hier", "demain", "explique", "dit", "estime", "affirme", "selon"),
            Language.EN, Set.of("who", "which", "that", "whose", "where", "when", "while", "because", "but", "so", "and",
                    "or", "nor", "if", "as", "since", "is", "are", "was", "were", "has", "have", "had", "will", "would",
                    "can", "could", "should", "may", "might", "must", "does", "do", "did", "he", "she", "they", "we",
                    "you", "i", "it", "this", "there", "here", "said", "says", "explains", "according", "today"),
            // conjunctions, relative and subject pronouns, auxiliaries; not the articles that look like them
            Language.DE, Set.of("und", "oder", "aber", "weil", "dass", "wenn", "als", "ob", "denn", "sondern", "welche",
                    "welcher", "ist", "sind", "war", "waren", "hat", "haben", "wird", "werden", "kann", "können", "muss",
                    "er", "wir", "ihr", "ich", "du", "man", "heute", "gestern", "sagt", "erklärt", "laut"),
            Language.ES, Set.of("que", "quien", "cual", "donde", "cuando", "porque", "pero", "y", "o", "ni", "si",
                    "como", "es", "son", "era", "fue", "ha", "han", "va", "van", "puede", "pueden", "él", "ella",
                    "ellos", "nosotros", "yo", "tú", "usted", "esto", "eso", "hoy", "ayer", "dice", "explica", "según"),
            Language.IT, Set.of("che", "chi", "cui", "dove", "quando", "perché", "ma", "e", "o", "né", "se", "come",
                    "è", "sono", "era", "ha", "hanno", "va", "può", "lui", "lei", "loro", "noi", "voi", "io", "tu",
                    "questo", "oggi", "ieri", "dice", "spiega", "secondo"),
            Language.NL, Set.of("dat", "wie", "waar", "wanneer", "omdat", "maar", "en", "of", "als", "is", "zijn",
                    "was", "waren", "heeft", "hebben", "wordt", "worden", "kan", "moet", "hij", "zij", "wij", "ik",
                    "jij", "vandaag", "gisteren", "zegt", "volgens"),
            Language.PT, Set.of("que", "quem", "qual", "onde", "quando", "porque", "mas", "e", "ou", "nem", "se",
                    "como", "é", "são", "era", "foi", "tem", "têm", "vai", "vão", "pode", "ele", "ela", "eles", "nós",
                    "eu", "você", "isto", "isso", "hoje", "ontem", "diz", "explica", "segundo"));
    static final Set<String> ELIDED_ONLY = Set.of("d", "l", "qu", "j", "n", "s", "c", "m", "t");

    private final Language language;
    private final TermAnalyzer analyzer;

    HeadlineWriter(Language language, TermAnalyzer analyzer) {
        this.language = Objects.requireNonNull(language, "language");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    record Titles(String headline, String gist) {
    }

    /**
     * What the writer knows of a chapter besides its segment.
     *
     * @param sentences     the chapter's cleaned sentences with canonical names, in time order (the host's
     *                      lead-in first); may be empty
     * @param best          the chapter's best sentences, best first
     * @param otherChapters how many of the episode's other topic chapters name each entity ({@link EntitySpread#NONE}:
     *                      none known)
     */
    record Context(List<String> sentences, List<String> best, EntitySpread otherChapters) {
        Context {
            sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
            best = List.copyOf(Objects.requireNonNull(best, "best"));
            Objects.requireNonNull(otherChapters, "otherChapters");
        }
    }

    Titles write(Segment segment, int number, String host, List<String> bestSentences) {
        Objects.requireNonNull(bestSentences, "bestSentences");
        return write(segment, number, host, new Context(List.of(), bestSentences, EntitySpread.NONE));
    }

    Titles write(Segment segment, int number, String host, Context context) {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(context, "context");
        List<String> bestSentences = context.best();
        String kind = segment.kind() == null ? "TOPIC" : segment.kind().toUpperCase(Locale.ROOT);
        boolean topic = !kind.equals("INTRO") && !kind.equals("OUTRO");
        List<EntityMention> entities = topic
                ? rankSubjects(segment.entities(), host, context.sentences(), context.otherChapters())
                : rankEntities(segment.entities(), host);
        List<String> names = entities.stream().map(e -> e.name().strip()).toList();
        List<String> allNames = segment.entities().stream().map(e -> e.name().strip()).toList();
        List<String> keywords = usableKeywords(segment, allNames);

        String headline;
        String gist;
        if (kind.equals("INTRO")) {
            headline = listHeadline(language.intro + language.colon + language.upNext + ", ",
                    names.isEmpty() ? keywords : names);
            if (headline == null) {
                headline = language.intro;
            }
            String announced = gistOf(names, List.of(), List.of(), MAX_GIST_WORDS - wordCount(language.upNext));
            gist = announced.isEmpty() ? language.introGist
                    : SentenceCleaner.capitaliseFirst(language.upNext) + language.colon + announced;
        } else if (kind.equals("OUTRO")) {
            headline = listHeadline(language.outro + language.colon, names);
            if (headline == null) {
                headline = language.outro;
            }
            gist = language.outroGist;
        } else {
            headline = new ClauseHeadlines(language, analyzer).headline(names, allNames, keywords, context);
            if (headline == null) {
                headline = topicHeadline(names, allNames, keywords, bestSentences, context.sentences());
            }
            if (headline == null) {
                headline = language.chapter + " " + number;
            }
            gist = gistOf(names.subList(0, Math.min(2, names.size())), keywords, bestSentences, MAX_GIST_WORDS);
            if (gist.isEmpty()) {
                gist = language.chapter + " " + number + ", "
                        + language.noTranscript;
            } else if (wordCount(gist) < MIN_GIST_WORDS) {
                gist = language.chapter + " " + number + language.colon + gist;
            }
        }
        return new Titles(fit(headline, ChapterSummary.MAX_HEADLINE), gist);
    }

    private String topicHeadline(List<String> names, List<String> allNames, List<String> keywords,
            List<String> bestSentences, List<String> sentences) {
        String phrase = null;
        for (int i = 0; i < Math.min(2, bestSentences.size()) && phrase == null && language.keywordPhrases(); i++) {
            phrase = phrase(bestSentences.get(i), keywords, allNames);
        }
        if (phrase != null) {
            String lead = null;
            for (String n : names.subList(0, Math.min(2, names.size()))) {
                if (!contains(phrase, n)) {
                    lead = n;
                    break;
                }
            }
            String h = lead == null ? SentenceCleaner.capitaliseFirst(phrase) : lead + language.colon + phrase;
            if (h.length() <= ChapterSummary.MAX_HEADLINE) {
                return h;
            }
        }
        if (!names.isEmpty()) {
            // "Panne AWS : région, redondance": a keyword said right before the subject ("la panne AWS") heads it
            String head = ClauseHeadlines.headNoun(names.get(0), keywords,
                    java.util.stream.Stream.concat(sentences.stream().limit(3), bestSentences.stream().limit(3)).toList());
            String subject = head != null ? SentenceCleaner.capitaliseFirst(head) + " " + names.get(0)
                    : String.join(", ", names.subList(0, Math.min(2, names.size())));
            List<String> kws = keywords.stream().filter(k -> !containsAny(subject, k)).limit(3).toList();
            String h = kws.isEmpty() ? subject : subject + language.colon + String.join(", ", kws);
            if (h.length() <= ChapterSummary.MAX_HEADLINE) {
                return h;
            }
            return names.get(0);
        }
        if (!keywords.isEmpty()) {
            return SentenceCleaner.capitaliseFirst(String.join(", ", keywords.subList(0, Math.min(3, keywords.size()))));
        }
        return null;
    }

    /** "prefix A, B et C" with as many items as fit, or null if there are none. */
    private String listHeadline(String prefix, List<String> items) {
        for (int n = Math.min(4, items.size()); n >= 1; n--) {
            List<String> head = items.subList(0, n);
            String list = n == 1 ? head.get(0)
                    : String.join(", ", head.subList(0, n - 1)) + " " + language.and + " " + head.get(n - 1);
            String h = prefix + list;
            if (h.length() <= ChapterSummary.MAX_HEADLINE) {
                return h;
            }
        }
        return null;
    }

    /** The keyword-anchored phrase of a sentence, or null if none passes the checks. */
    String phrase(String sentence, List<String> keywords, List<String> canonicalNames) {
        List<HeadlineToken> tokens = HeadlineToken.of(sentence);
        List<int[]> nameSpans = PhraseFinder.of(canonicalNames).spans(sentence);
        for (String keyword : keywords.subList(0, Math.min(5, keywords.size()))) {
            List<String> kStems = analyzer.stems(keyword, language);
            if (kStems.isEmpty()) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (!isWord(tokens.get(i)) || !analyzer.stems(tokens.get(i).text(), language).contains(kStems.get(0))) {
                    continue;
                }
                String p = phraseFrom(sentence, tokens, i, nameSpans, keywords, canonicalNames);
                if (p != null) {
                    return p;
                }
                break;
            }
        }
        return null;
    }

    private String phraseFrom(String sentence, List<HeadlineToken> tokens, int from, List<int[]> nameSpans,
            List<String> keywords, List<String> canonicalNames) {
        int end = from;
        int words = 0;
        for (int i = from; i < tokens.size(); i++) {
            HeadlineToken t = tokens.get(i);
            boolean inName = inside(nameSpans, t.start());
            if (!isWord(t) && !inName) {
                break;
            }
            if (i > from && !inName && isBreaker(t.text())) {
                break;
            }
            if (words >= MAX_PHRASE_WORDS && !inName) {
                break;
            }
            end = i;
            words++;
        }
        // drop trailing words that carry no content (articles, prepositions), keeping names whole
        while (end > from && !inside(nameSpans, tokens.get(end).start())
                && analyzer.stems(tokens.get(end).text(), language).isEmpty()) {
            end--;
        }
        if (end == from) {
            return null;
        }
        String p = sentence.substring(tokens.get(from).start(), tokens.get(end).end());
        if (p.endsWith("'") || p.endsWith("’")) {
            return null;
        }
        return namesAreCanonical(p, keywords, canonicalNames, language.capitalisesNouns()) ? p : null;
    }

    /**
     * True if every capitalised word of {@code text} is inside a canonical name, or is an all-capitals
     * acronym among {@code keywords}, or is the first word and a lower-case keyword (sentence-initial capital).
     */
    static boolean namesAreCanonical(String text, List<String> keywords, List<String> canonicalNames) {
        return namesAreCanonical(text, keywords, canonicalNames, false);
    }

    /**
     * @param capitalisedNouns the language capitalises its nouns (German): a capitalised word that is one of
     *                         {@code keywords} is then a noun, not a name
     */
    static boolean namesAreCanonical(String text, List<String> keywords, List<String> canonicalNames,
            boolean capitalisedNouns) {
        List<int[]> spans = PhraseFinder.of(canonicalNames).spans(text);
        Matcher m = TOKEN.matcher(text);
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            int offset = m.start();
            int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
            if (apostrophe >= 0 && apostrophe < word.length() - 1
                    && ELIDED_ONLY.contains(word.substring(0, apostrophe).toLowerCase(Locale.ROOT))) {
                offset += apostrophe + 1;
                word = word.substring(apostrophe + 1);
            }
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                first = first && !Character.isLetterOrDigit(word.codePointAt(0));
                continue;
            }
            String w = word;
            boolean ok = inside(spans, offset)
                    || (w.equals(w.toUpperCase(Locale.ROOT)) && keywords.stream().anyMatch(w::equalsIgnoreCase))
                    || (first && keywords.stream().anyMatch(k -> k.equalsIgnoreCase(w)
                            && Character.isLowerCase(k.codePointAt(0))))
                    || (capitalisedNouns && keywords.stream().anyMatch(w::equalsIgnoreCase));
            if (!ok) {
                return false;
            }
            first = false;
        }
        return true;
    }

    private List<String> usableKeywords(Segment segment, List<String> canonicalNames) {
        Set<String> forms = new HashSet<>();
        for (EntityMention e : segment.entities()) {
            e.surfaceForms().forEach(f -> forms.add(f.strip().toLowerCase(Locale.ROOT)));
            forms.add(e.name().strip().toLowerCase(Locale.ROOT));
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String k : segment.keywords()) {
            String kw = k == null ? "" : k.strip().replaceAll("\\s+", " ");
            if (kw.isEmpty() || forms.contains(kw.toLowerCase(Locale.ROOT)) || kw.contains("<") || kw.contains(">")
                    || !namesAreCanonical(kw, language.capitalisesNouns() ? List.of(kw.split(" ")) : acronyms(kw),
                            canonicalNames, language.capitalisesNouns())
                    || analyzer.stems(kw, language).isEmpty()) {
                continue;
            }
            out.add(kw);
        }
        return List.copyOf(out);
    }

    private static List<String> acronyms(String text) {
        return java.util.Arrays.stream(text.split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT)))
                .toList();
    }

    private String gistOf(List<String> leads, List<String> keywords, List<String> bestSentences, int maxWords) {
        List<String> items = new ArrayList<>();
        int words = 0;
        List<String> candidates = new ArrayList<>(leads);
        for (String k : keywords) {
            if (!containsAny(String.join(" ", items) + " " + String.join(" ", leads), k)) {
                candidates.add(k);
            }
        }
        for (String c : candidates) {
            int w = wordCount(c);
            if (items.contains(c) || words + w > maxWords) {
                continue;
            }
            items.add(c);
            words += w;
        }
        if (words < MIN_GIST_WORDS && !bestSentences.isEmpty()) {
            Matcher m = TOKEN.matcher(bestSentences.get(0));
            while (m.find() && words < MIN_GIST_WORDS) {
                String t = m.group();
                if (Character.isLetter(t.codePointAt(0)) && !Character.isUpperCase(t.codePointAt(0))
                        && !t.contains("'") && !t.contains("’") && !analyzer.stems(t, language).isEmpty()
                        && items.stream().noneMatch(t::equalsIgnoreCase)) {
                    items.add(t);
                    words++;
                }
            }
        }
        return String.join(", ", items);
    }

    /** The entities, host excluded, by mentions weighted for type (PLACE counts half), then type, then input order. */
    static List<EntityMention> rankEntities(List<EntityMention> entities, String host) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention e : entities) {
            boolean isHost = host != null && (e.name().strip().equalsIgnoreCase(host)
                    || e.surfaceForms().stream().anyMatch(f -> f.strip().equalsIgnoreCase(host)));
            if (!isHost && out.stream().noneMatch(o -> o.name().strip().equalsIgnoreCase(e.name().strip()))) {
                out.add(e);
            }
        }
        List<EntityMention> order = List.copyOf(out);
        out.sort(Comparator.comparingDouble((EntityMention e) -> -weight(e))
                .thenComparingInt(e -> typeRank(e.type()))
                .thenComparingInt(order::indexOf));
        return out;
    }

    /**
     * The entities of a topic chapter, host excluded, best subject first. An entity's score is
     * {@code (1 + ln mentions) × type × spread × lead}: PLACE counts half; {@code spread} contrasts the
     * chapter with the rest of the episode, {@code 1 - 0.5 × k / (K + 1)} for an entity named in k of the
     * K other topic chapters (1 when the chapter is alone or the entity only here, near 0.5 when it is
     * everywhere), so a name heard all through the episode yields to the one this chapter is about;
     * {@code lead} rewards the host's lead-in, where a topic is introduced: 2 for an entity named in the
     * first sentence, 1.5 in the second, 1.33 in the third, 1.2 elsewhere in the first 15 % of the sentences.
     */
    static List<EntityMention> rankSubjects(List<EntityMention> entities, String host, List<String> sentences,
            EntitySpread otherChapters) {
        List<EntityMention> ranked = rankEntities(entities, host);
        List<String> leadLowered = sentences.subList(0, Math.min(leadWindow(sentences), sentences.size())).stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
        java.util.Map<EntityMention, Double> score = new java.util.HashMap<>();
        for (EntityMention e : ranked) {
            score.put(e, subjectScore(e, sentences, leadLowered, otherChapters));
        }
        List<EntityMention> out = new ArrayList<>(ranked);
        out.sort(Comparator.comparingDouble((EntityMention e) -> -score.get(e))
                .thenComparingInt(e -> typeRank(e.type()))
                .thenComparingInt(ranked::indexOf));
        return out;
    }

    /** The opening sentences in which a mention makes an entity the chapter's likely subject. */
    private static int leadWindow(List<String> sentences) {
        return Math.max(3, (int) Math.ceil(0.15 * sentences.size()));
    }

    /**
     * @param leadLowered    the {@link #leadWindow} first sentences in lower case: a cheap test before the
     *                       whole-word regex (a sentence that does not contain the name cannot match it)
     * @param otherChapters  the other topic chapters: how many name each entity
     */
    static double subjectScore(EntityMention e, List<String> sentences, List<String> leadLowered,
                               EntitySpread otherChapters) {
        double base = (1 + Math.log(Math.max(1, e.mentions()))) * (e.type() == EntityType.PLACE ? 0.5 : 1.0);
        String name = e.name().strip();
        String key = EntitySpread.key(name);
        int elsewhere = otherChapters.chaptersMentioning(name);
        double spread = 1 - 0.5 * elsewhere / (otherChapters.chapters() + 1.0);
        double lead = 1;
        int window = leadWindow(sentences);
        PhraseFinder said = PhraseFinder.of(List.of(name));
        for (int i = 0; i < Math.min(window, sentences.size()); i++) {
            if (leadLowered.get(i).contains(key) && said.find(sentences.get(i)) != null) {
                lead = i < 3 ? 1 + 1.0 / (i + 1) : 1.2;
                break;
            }
        }
        return base * spread * lead;
    }

    private static double weight(EntityMention e) {
        return Math.max(1, e.mentions()) * (e.type() == EntityType.PLACE ? 0.5 : 1.0);
    }

    private static int typeRank(EntityType type) {
        return switch (type) {
            case ORGANIZATION -> 0;
            case PRODUCT -> 1;
            case PERSON -> 2;
            case PLACE -> 3;
        };
    }

    private boolean isBreaker(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        Set<String> breakers = BREAKERS.get(language);
        if (breakers.contains(t)) {
            return true;
        }
        int apostrophe = Math.max(t.indexOf('\''), t.indexOf('’'));
        if (apostrophe > 0) {
            return breakers.contains(t.substring(0, apostrophe)) || breakers.contains(t.substring(apostrophe + 1));
        }
        return false;
    }

    private static boolean isWord(HeadlineToken t) {
        return Character.isLetterOrDigit(t.text().codePointAt(0));
    }

    static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(String text, String name) {
        return PhraseFinder.of(List.of(name)).find(text) != null;
    }

    private static boolean containsAny(String text, String phrase) {
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    static int wordCount(String s) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        int n = 0;
        for (String w : s.strip().split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /** {@code text} cut at a word boundary to at most {@code max} characters, trailing separators removed. */
    static String fit(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        t = cut > 0 ? t.substring(0, cut) : t.substring(0, max);
        return t.replaceAll("[\\s,;:\\-–—]+$", "");
    }
}
