package media.pipeline.segment.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * General words of spontaneous speech that carry no topic, added to the stop lists of both
 * languages: hesitations, back-channels, discourse fillers, hedges, and the most frequent forms of
 * light verbs ("faire", "dire", "aller", "get", "say"...) that Snowball's lists do not hold. These are
 * genre lists (talk shows, lectures, meetings), not lists fitted to one transcript.
 */
public final class SpokenFillers {
    private static final Set<String> FRENCH = Set.of(
            "euh", "heu", "hum", "hm", "mmh", "mh", "ah", "oh", "eh", "ben", "bah", "beh", "bé", "hein", "pff",
            "voilà", "voila", "bon", "ouais", "oui", "non", "si", "ok", "okay", "d'accord", "alors", "donc",
            "enfin", "quoi", "bref", "genre", "truc", "trucs", "chose", "choses", "machin", "bien", "très", "trop",
            "vraiment", "effectivement", "justement", "évidemment", "forcément", "simplement", "exactement",
            "totalement", "complètement", "absolument", "carrément", "clairement", "finalement", "notamment",
            "aussi", "encore", "toujours", "jamais", "déjà", "peu", "beaucoup", "plus", "moins", "tout", "tous",
            "toute", "toutes", "rien", "là", "ici", "ça", "cela", "ceci", "celui", "celle", "ceux", "celles",
            "quand", "comme", "comment", "pourquoi", "parce", "puisque", "car", "mais", "ou", "où", "puis",
            "après", "avant", "maintenant", "aujourd'hui", "hier", "demain", "soir", "ce", "cet", "cette",
            "fait", "faire", "fais", "faut", "falloir", "dit", "dire", "dis", "disait", "va", "vais", "vont",
            "vas", "aller", "allez", "allons", "peut", "peux", "peuvent", "pouvoir", "veut", "veux", "vouloir",
            "sais", "sait", "savoir", "voir", "vois", "voit", "vu", "crois", "pense", "pensez", "mettre", "met",
            "prendre", "prend", "avoir", "être", "été", "c'est", "cest", "y", "ya", "ni", "dont", "quelque",
            "quelques", "chaque", "autre", "autres", "même", "mêmes", "tel", "telle", "certain", "certains",
            "assez", "vachement", "super", "petit", "petite", "grand", "gros", "fois", "moment", "niveau",
            "façon", "manière", "exemple", "question", "monsieur", "madame", "messieurs", "bonsoir", "bonjour",
            "merci", "salut", "oké", "mhm",
            // forms of "être"/"avoir" that Snowball's list leaves out as homonyms ("east", "sums", "ace",
            // "tap"); in speech they are the verbs, and "est" alone is the most frequent word left
            "est", "sommes", "as", "fût");

    private static final Set<String> ENGLISH = Set.of(
            "uh", "um", "uhm", "umm", "er", "erm", "ah", "oh", "eh", "hmm", "hm", "mm", "mhm", "uh-huh", "huh",
            "yeah", "yep", "yes", "no", "nope", "ok", "okay", "alright", "right", "well", "so", "like", "just",
            "really", "actually", "basically", "literally", "totally", "definitely", "probably", "maybe",
            "pretty", "quite", "kind", "kinda", "sort", "sorta", "thing", "things", "stuff", "lot", "lots",
            "gonna", "wanna", "gotta", "got", "get", "gets", "getting", "go", "goes", "going", "went", "gone",
            "say", "says", "said", "saying", "know", "knows", "think", "thinks", "thought", "mean", "means",
            "see", "look", "looks", "looking", "let", "lets", "let's", "make", "makes", "made", "take", "want",
            "wants", "need", "come", "comes", "also", "still", "even", "much", "many", "one", "ones", "now",
            "today", "here", "there", "way", "bit", "little", "big", "good", "great", "nice", "cool", "sure",
            "guys", "everyone", "everybody", "anyway", "though", "whatever", "can", "could", "would", "should",
            "will", "might", "must", "shall", "may", "us", "hello", "hi", "hey", "thanks", "thank", "please",
            "i'm", "it's", "that's", "there's", "don't", "didn't", "doesn't", "can't", "won't", "we're",
            "you're", "they're", "i've", "we've", "i'll", "we'll", "isn't", "aren't", "wasn't", "oops");

    private static final List<String> FRENCH_PHRASES = List.of(
            "en fait", "du coup", "tu vois", "vous voyez", "tu sais", "vous savez", "c'est-à-dire",
            "c'est à dire", "en tout cas", "il y a", "il y avait", "on va dire", "je veux dire", "quand même",
            "de toute façon", "par contre", "bien sûr", "en gros", "grosso modo");

    private static final List<String> ENGLISH_PHRASES = List.of(
            "you know", "i mean", "you see", "sort of", "kind of", "i guess", "i think", "a lot of",
            "at the end of the day", "by the way", "to be honest", "or something", "and so on", "and stuff");

    private SpokenFillers() {
    }

    /** Single-word fillers of a language, lower-case. */
    public static Set<String> words(Language language) {
        return language == Language.FRENCH ? FRENCH : ENGLISH;
    }

    /** Multi-word fillers of a language, lower-case. */
    public static List<String> phrases(Language language) {
        return language == Language.FRENCH ? FRENCH_PHRASES : ENGLISH_PHRASES;
    }

    static Pattern multiWordPattern(Language language) {
        String alternatives = phrases(language).stream()
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
