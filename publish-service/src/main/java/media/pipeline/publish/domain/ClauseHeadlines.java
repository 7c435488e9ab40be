package media.pipeline.publish.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines that say what happened, the way a news editor writes them: the chapter's subject and the
 * verb phrase that follows it in one of the chapter's own sentences, up to the clause's end
 * ("OpenAI qui annonce lancer son propre navigateur ChatGPT Atlas, dopé à ChatGPT" gives "OpenAI
 * annonce lancer son propre navigateur ChatGPT Atlas").
 *
 * <ul>
 * <li>Where: the first three sentences of the chapter (the host's lead-in introduces the topic)
 * and its six best sentences; a lead-in sentence, a better-ranked sentence and a clause naming the
 * second subject too are preferred. The second subject may lead only if the clause also names the
 * first, so the headline always names the chapter's main subject.</li>
 * <li>Subject: an occurrence that is not governed by a preposition or an article ("la direction
 * d'OVHcloud", "chez Google" are not subjects). A relative pronoun right after it ("OpenAI qui
 * annonce") is dropped, as are fillers anywhere ("alors", "évidemment", "en fait", "voilà";
 * "actually", "you know"); negation, clitics and a few adverbs may come before the verb.</li>
 * <li>Verb: an auxiliary or frequent verb of the language, or a word with a verb ending that is
 * neither a stop word nor a typical noun/adverb ending (no tagger: a heuristic, so the clause must
 * also pass the checks below).</li>
 * <li>Clause end: punctuation other than quotes (a comma followed by "de"/"à"/"pour" continues a
 * short clause: "a décidé de revenir, de reprendre la direction"), a conjunction, relative or
 * subject pronoun, a capitalised word that is not a canonical name (nor an acronym keyword), or
 * {@value #MAX_CLAUSE_WORDS} words. Words without content at the end ("de", "the") are dropped;
 * a quotation left open by the cut is dropped from its opening quote.</li>
 * <li>Checks: at least two words after the subject, one of them with content; names canonical
 * ({@link HeadlineWriter#namesAreCanonical}); at most {@link ChapterSummary#MAX_HEADLINE}
 * characters, cut at a word.</li>
 * </ul>
 */
final class ClauseHeadlines {
    static final int MAX_CLAUSE_WORDS = 14;

    private static final Set<String> QUOTES = Set.of("«", "»", "“", "”", "„", "\"", "‹", "›");
    private static final Set<String> OPENING_QUOTES = Set.of("«", "“", "„", "‹");
    private static final Set<String> CLOSING_QUOTES = Set.of("»", "”", "›");
    private static final Set<String> UNITS = Set.of("%", "€", "$", "£");

    private static final Set<String> FR_GOVERNORS = Set.of("de", "du", "des", "à", "au", "aux", "chez", "pour",
            "par", "avec", "sur", "contre", "le", "la", "les", "un", "une", "en", "dans", "vers", "sans", "entre",
            "face", "comme", "selon", "après", "avant", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette",
            "d", "l");
    private static final Set<String> EN_GOVERNORS = Set.of("of", "to", "at", "for", "with", "by", "from", "in",
            "on", "the", "a", "an", "against", "like", "than", "about", "into", "over", "as", "versus", "vs",
            "its", "his", "her", "their", "our", "your", "my", "this", "these", "those");
    private static final Set<String> FR_RELATIVES = Set.of("qui");
    private static final Set<String> EN_RELATIVES = Set.of("who", "which", "that");
    private static final Set<String> FR_BEFORE_VERB = Set.of("ne", "n", "se", "s", "y", "en", "lui", "leur", "nous",
            "vous", "me", "m", "te", "t", "l", "aussi", "déjà", "également", "désormais", "encore", "toujours",
            "bientôt", "maintenant", "enfin");
    private static final Set<String> EN_BEFORE_VERB = Set.of("also", "now", "just", "already", "still", "finally",
            "reportedly", "officially", "not", "never", "then");
    private static final Set<String> FR_VERBS = Set.of("est", "sont", "a", "ont", "va", "vont", "était", "étaient",
            "sera", "seront", "serait", "avait", "avaient", "aura", "auront", "fait", "font", "peut", "peuvent",
            "doit", "doivent", "veut", "veulent", "vient", "viennent", "sort", "sortent", "met", "mettent",
            "prend", "prennent", "dit", "disent", "devient", "deviennent", "perd", "perdent", "reprend", "rend");
    private static final Set<String> EN_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "did", "do", "said", "made", "took",
            "got", "went", "came", "bought", "sold", "built", "told", "gave", "found", "put", "set", "cut", "hit",
            "let", "ran", "won", "lost", "left", "became", "began", "brought", "kept", "held", "paid", "sent",
            "spent", "shut", "wants", "plans", "unveiled", "launched", "launches");
    private static final Pattern FR_VERB_ENDING = Pattern.compile(
            ".{2,}(e|es|ent|ait|aient|ra|ront|rait|raient|it|ut|ons|ez|é|ée|és|ées|nd|nt|er|ir|met)");
    private static final Pattern FR_NOT_VERB = Pattern.compile(
            ".*(ment|tion|sion|eur|isme|ité|iste|eux|euse|ienne|aire|ance|ence|age|ique)");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)(['’]?)\\s*$");
    private static final Pattern EN_VERB_ENDING = Pattern.compile(".{2,}(s|ed)");
    private static final Pattern EN_NOT_VERB = Pattern.compile(".*(ss|us|is|ness|ics|ous|ies)");
    /** French verbs whose ending looks like a noun's ("lance", "annonce", "engage", "explique"). */
    private static final Set<String> FR_VERBS_LIKE_NOUNS = Set.of("lance", "lancent", "annonce", "annoncent",
            "engage", "engagent", "explique", "expliquent", "avance", "avancent", "relance", "relancent",
            "renonce", "renoncent", "partage", "partagent", "dénonce", "dénoncent", "publie", "publient",
            "applique", "appliquent", "fabrique", "fabriquent", "critique", "critiquent", "commence",
            "commencent", "menace", "menacent", "remplace", "remplacent", "finance", "financent");
    private static final Set<String> FR_BREAKERS = Set.of("qui", "que", "qu", "dont", "où", "parce", "mais", "car",
            "donc", "alors", "quand", "lorsque", "lorsqu", "si", "comme", "puisque", "puisqu", "tandis", "et", "ou",
            "ni", "voilà", "bref", "hein", "quoi", "euh", "bon", "ben", "bah", "je", "j", "tu", "il", "elle", "ils",
            "elles", "on", "c", "ça", "cela", "aujourd'hui", "hier", "demain", "selon");
    private static final Set<String> EN_BREAKERS = Set.of("who", "which", "that", "whose", "where", "when", "while",
            "because", "but", "so", "and", "or", "nor", "if", "since", "although", "though", "whereas", "i", "he",
            "she", "they", "we", "you", "there", "according", "today", "yesterday");
    private static final Set<String> FR_CONTINUERS = Set.of("de", "d", "pour", "à", "afin");
    private static final Pattern FR_FILLERS = fillers("en fait", "du coup", "quand même", "bien sûr", "tu vois",
            "vous voyez", "tu sais", "vous savez", "entre guillemets", "on va dire", "je veux dire", "évidemment",
            "effectivement", "justement", "finalement", "euh+", "heu+", "hein", "bah", "ben", "voilà", "alors",
            "donc", "bon");
    private static final Pattern EN_FILLERS = fillers("you know", "i mean", "kind of", "sort of", "of course",
            "basically", "actually", "literally", "obviously", "well", "um+", "uh+", "so");

    private final Language language;
    private final TermAnalyzer analyzer;

    ClauseHeadlines(Language language, TermAnalyzer analyzer) {
        this.language = Objects.requireNonNull(language, "language");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** The best clause headline for the ranked subjects, or null if no sentence has a usable clause. */
    String headline(List<String> subjects, List<String> canonicalNames, List<String> keywords,
            HeadlineWriter.Context context) {
        if (subjects.isEmpty() || !language.clauseGrammar()) {
            return null;
        }
        String top = subjects.get(0);
        String second = subjects.size() > 1 ? subjects.get(1) : null;
        List<String> sentences = new ArrayList<>();
        List<Double> bonus = new ArrayList<>();
        for (int i = 0; i < Math.min(3, context.sentences().size()); i++) {
            sentences.add(context.sentences().get(i));
            bonus.add(1.0 - 0.25 * i);
        }
        for (int r = 0; r < Math.min(6, context.best().size()); r++) {
            String s = context.best().get(r);
            double b = Math.max(0, 0.6 - 0.1 * r);
            int at = sentences.indexOf(s);
            if (at >= 0) {
                bonus.set(at, bonus.get(at) + b);
            } else {
                sentences.add(s);
                bonus.add(b);
            }
        }
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sentences.size(); i++) {
            for (String subject : second == null ? List.of(top) : List.of(top, second)) {
                String c = clause(sentences.get(i), subject, keywords, canonicalNames);
                if (c == null) {
                    continue;
                }
                String other = subject.equals(top) ? second : top;
                boolean namesOther = other != null && HeadlineWriter.contains(c, other);
                if (!subject.equals(top) && !namesOther) {
                    continue;
                }
                double score = (subject.equals(top) ? 1.0 : 0.6) + bonus.get(i) + (namesOther ? 0.4 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
        }
        return best;
    }

    /** "Subject verb phrase" from the first usable occurrence of {@code subject} in {@code sentence}, or null. */
    String clause(String sentence, String subject, List<String> keywords, List<String> canonicalNames) {
        if (sentence == null) {
            return null;
        }
        for (PhraseFinder.Match m : PhraseFinder.of(List.of(subject)).findAll(sentence)) {
            if (governed(sentence.substring(0, m.start()))) {
                continue;
            }
            String predicate = predicate(sentence.substring(m.end()), keywords, canonicalNames);
            if (predicate == null) {
                continue;
            }
            String h = subject + " " + predicate;
            if (h.length() > ChapterSummary.MAX_HEADLINE) {
                String cut = trimTail(HeadlineWriter.fit(h, ChapterSummary.MAX_HEADLINE), canonicalNames);
                h = cut.length() > subject.length() + 1 && enough(cut.substring(subject.length())) ? cut : null;
            }
            if (h != null && HeadlineWriter.namesAreCanonical(h, keywords, canonicalNames)) {
                return SentenceCleaner.capitaliseFirst(h);
            }
        }
        return null;
    }

    /** True if the text before a name ends with a preposition, an article or a determiner. */
    private boolean governed(String before) {
        Matcher w = LAST_WORD.matcher(before);
        if (!w.find()) {
            return false;
        }
        String word = w.group(1).toLowerCase(Locale.ROOT);
        if (!w.group(2).isEmpty()) {
            return word.equals("d") || word.equals("l");
        }
        return (language == Language.FR ? FR_GOVERNORS : EN_GOVERNORS).contains(word);
    }

    private String predicate(String tail, List<String> keywords, List<String> canonicalNames) {
        String text = dropFillers(tail);
        List<HeadlineToken> tokens = HeadlineToken.of(text);
        List<int[]> names = PhraseFinder.of(canonicalNames).spans(text);
        boolean fr = language == Language.FR;
        int start = -1;
        int verb = -1;
        boolean relativeDropped = false;
        int before = 0;
        for (int i = 0; i < tokens.size() && verb < 0; i++) {
            String t = tokens.get(i).text();
            String lw = t.toLowerCase(Locale.ROOT);
            if (t.equals(",")) {
                if (start >= 0) {
                    return null;
                }
                continue;
            }
            if (!isWord(t)) {
                return null;
            }
            if (start < 0 && !relativeDropped && (fr ? FR_RELATIVES : EN_RELATIVES).contains(lw)) {
                relativeDropped = true;
                continue;
            }
            if (isVerb(t)) {
                verb = i;
                start = start < 0 ? i : start;
            } else if ((fr ? FR_BEFORE_VERB : EN_BEFORE_VERB).contains(elided(lw)) && before++ < 3) {
                start = start < 0 ? i : start;
            } else {
                return null;
            }
        }
        if (verb < 0) {
            return null;
        }
        int end = verb;
        int words = verb - start + 1;
        for (int i = verb + 1; i < tokens.size(); i++) {
            HeadlineToken tok = tokens.get(i);
            String t = tok.text();
            boolean inName = HeadlineWriter.inside(names, tok.start());
            if (!isWord(t) && !inName) {
                if (QUOTES.contains(t) || UNITS.contains(t)) {
                    end = i;
                    continue;
                }
                if (fr && t.equals(",") && words < 6 && i + 1 < tokens.size()
                        && FR_CONTINUERS.contains(elidedPrefix(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                break;
            }
            if (inName) {
                end = i;
                continue;
            }
            String lw = t.toLowerCase(Locale.ROOT);
            if (isBreaker(lw) || words >= MAX_CLAUSE_WORDS) {
                break;
            }
            if (Character.isUpperCase(t.codePointAt(0)) && !(t.equals(t.toUpperCase(Locale.ROOT))
                    && keywords.stream().anyMatch(t::equalsIgnoreCase))) {
                break;
            }
            end = i;
            words++;
        }
        String predicate = trimTail(text.substring(tokens.get(start).start(), tokens.get(end).end()), canonicalNames);
        predicate = trimTail(balanceQuotes(predicate), canonicalNames);
        return enough(predicate) ? predicate : null;
    }

    /** At least two words, one with content. */
    private boolean enough(String predicate) {
        return HeadlineWriter.wordCount(predicate) >= 2 && !analyzer.stems(predicate, language).isEmpty();
    }

    /** Drops trailing words without content (articles, prepositions, fillers), keeping names whole. */
    private String trimTail(String text, List<String> canonicalNames) {
        String t = text.strip();
        while (!t.isEmpty()) {
            List<int[]> names = PhraseFinder.of(canonicalNames).spans(t);
            List<HeadlineToken> tokens = HeadlineToken.of(t);
            if (tokens.isEmpty()) {
                return "";
            }
            HeadlineToken last = tokens.get(tokens.size() - 1);
            boolean weak = !isWord(last.text()) ? !QUOTES.contains(last.text()) && !UNITS.contains(last.text())
                    : !HeadlineWriter.inside(names, last.start()) && (analyzer.stems(last.text(), language).isEmpty()
                            || isBreaker(last.text().toLowerCase(Locale.ROOT)))
                            && !isVerb(last.text());
            if (!weak || tokens.size() == 1) {
                return t;
            }
            t = t.substring(0, tokens.get(tokens.size() - 2).end()).strip();
        }
        return t;
    }

    /**
     * Quotes as said: a quotation the clause's end cut open is dropped from its opening quote on (a
     * headline must not put words in quotes they did not end), stray closing quotes are removed.
     */
    static String balanceQuotes(String text) {
        String t = text;
        int depth = 0;
        int open = -1;
        boolean straightOpen = false;
        int straightAt = -1;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            String c = String.valueOf(t.charAt(i));
            if (OPENING_QUOTES.contains(c)) {
                if (depth++ == 0) {
                    open = out.length();
                }
            } else if (CLOSING_QUOTES.contains(c)) {
                if (depth == 0) {
                    continue;
                }
                depth--;
            } else if (c.equals("\"")) {
                straightOpen = !straightOpen;
                straightAt = straightOpen ? out.length() : straightAt;
            }
            out.append(c);
        }
        String r = out.toString();
        int cut = Math.min(depth > 0 ? open : r.length(), straightOpen ? straightAt : r.length());
        return r.substring(0, cut).replaceAll("\\s+", " ").strip();
    }

    /**
     * A keyword said right before {@code subject} in one of the sentences ("la panne AWS" gives
     * "panne"): the noun the subject qualifies, to head a keyword headline. Null if none.
     */
    static String headNoun(String subject, List<String> keywords, List<String> sentences) {
        for (String k : keywords) {
            if (k.isBlank() || !Character.isLowerCase(k.codePointAt(0)) || k.contains(" ")) {
                continue;
            }
            Pattern p = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(k) + "\\s+" + Pattern.quote(subject)
                    + "(?![\\p{L}\\p{N}])");
            for (String s : sentences) {
                if (p.matcher(s).find()) {
                    return k;
                }
            }
        }
        return null;
    }

    boolean isVerb(String token) {
        String lw = elided(token.toLowerCase(Locale.ROOT));
        if (lw.isEmpty() || !Character.isLowerCase(token.codePointAt(0)) && !token.contains("'") && !token.contains("’")) {
            return false;
        }
        if (language == Language.FR) {
            if (FR_VERBS.contains(lw) || FR_VERBS_LIKE_NOUNS.contains(lw)) {
                return true;
            }
            return !analyzer.stems(lw, language).isEmpty() && FR_VERB_ENDING.matcher(lw).matches()
                    && !FR_NOT_VERB.matcher(lw).matches();
        }
        if (EN_VERBS.contains(lw)) {
            return true;
        }
        return !analyzer.stems(lw, language).isEmpty() && EN_VERB_ENDING.matcher(lw).matches()
                && !EN_NOT_VERB.matcher(lw).matches();
    }

    private boolean isBreaker(String lw) {
        Set<String> breakers = language == Language.FR ? FR_BREAKERS : EN_BREAKERS;
        return breakers.contains(lw) || breakers.contains(elidedPrefix(lw));
    }

    private String dropFillers(String text) {
        Matcher m = (language == Language.FR ? FR_FILLERS : EN_FILLERS).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().contains(",") ? ", " : " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Pattern fillers(String... words) {
        return Pattern.compile("(?iu)(?:\\s*,)?\\s*(?<![\\p{L}\\p{N}'’])(?:" + String.join("|", words)
                + ")(?![\\p{L}\\p{N}'’])(?:\\s*,)?");
    }

    /** The word after an elision ("n'a" gives "a"), or the word. */
    private static String elided(String lw) {
        int a = Math.max(lw.indexOf('\''), lw.indexOf('’'));
        if (a > 0 && a < lw.length() - 1 && HeadlineWriter.ELIDED_ONLY.contains(lw.substring(0, a))) {
            return lw.substring(a + 1);
        }
        return lw;
    }

    /** The elided word of "qu'il", "d'OVHcloud" ("qu", "d"), or the word. */
    private static String elidedPrefix(String lw) {
        int a = Math.max(lw.indexOf('\''), lw.indexOf('’'));
        return a > 0 ? lw.substring(0, a) : lw;
    }


    private static boolean isWord(String t) {
        return Character.isLetterOrDigit(t.codePointAt(0));
    }
}
