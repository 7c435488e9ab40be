package media.pipeline.segment.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * General words of spontaneous speech that carry no topic, added to the stop list of each language:
 * hesitations, back-channels, discourse fillers, hedges, and the most frequent forms of light verbs
 * ("faire", "dire", "aller", "get", "say"...) that Snowball's lists do not hold. These are genre lists
 * (talk shows, lectures, meetings), not lists fitted to one transcript. French and English, the
 * pipeline's main languages, have the longest lists; German, Spanish, Italian, Dutch and Portuguese
 * have their hesitations, back-channels and commonest fillers.
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

    private static final Set<String> GERMAN = Set.of(
            "äh", "ähm", "öh", "öhm", "hm", "hmm", "mhm", "ah", "oh", "na", "naja", "ja", "jo", "nein", "ne", "nö",
            "okay", "ok", "also", "halt", "eben", "eigentlich", "genau", "quasi", "sozusagen", "irgendwie",
            "wirklich", "ganz", "gar", "schon", "mal", "einfach", "gut", "richtig", "klar", "sicher", "echt",
            "jetzt", "heute", "hier", "ding", "dinge", "sache", "sachen", "gibt", "geben", "macht", "machen",
            "sagen", "sagt", "gesagt", "gehen", "geht", "glaube", "denke", "meine", "weiß", "danke", "hallo",
            "willkommen", "guten", "abend", "morgen", "tag", "tschüss", "sendung", "zuhören");

    private static final Set<String> SPANISH = Set.of(
            "eh", "em", "ehm", "mm", "mmm", "hm", "ah", "oh", "pues", "bueno", "vale", "este", "sí", "si", "no",
            "claro", "vamos", "venga", "entonces", "okay", "ok", "bien", "muy", "mucho", "muchos", "poco",
            "también", "tampoco", "ya", "aquí", "ahí", "ahora", "hoy", "cosa", "cosas", "tipo", "hace", "hacer",
            "dice", "decir", "dicho", "va", "van", "creo", "digo", "mira", "oye", "gracias", "hola",
            "realmente", "simplemente", "básicamente", "digamos", "bienvenidos", "bienvenidas", "bienvenido",
            "buenas", "buenos", "noche", "noches", "hablamos", "hablar", "programa", "escucharnos", "mañana");

    private static final Set<String> ITALIAN = Set.of(
            "eh", "ehm", "mm", "hm", "ah", "oh", "allora", "cioè", "dunque", "insomma", "ecco", "boh", "beh",
            "sì", "si", "no", "ok", "okay", "praticamente", "comunque", "diciamo", "proprio", "molto", "tanto",
            "anche", "ancora", "già", "qui", "qua", "adesso", "ora", "oggi", "cosa", "cose", "fare", "fa",
            "dire", "dice", "detto", "va", "vanno", "credo", "penso", "guarda", "senti", "grazie", "ciao",
            "bene", "certo", "vero", "benvenuti", "benvenute", "benvenuto", "buonasera", "buongiorno", "sera",
            "puntata", "programma", "ascolto", "stasera", "parliamo", "parlare", "prossima");

    private static final Set<String> DUTCH = Set.of(
            "eh", "ehm", "uh", "uhm", "hm", "mm", "ah", "oh", "nou", "ja", "nee", "oké", "ok", "okay", "dus",
            "gewoon", "eigenlijk", "echt", "heel", "best", "wel", "even", "toch", "zeg", "hè", "natuurlijk",
            "precies", "inderdaad", "nu", "vandaag", "hier", "ding", "dingen", "zeggen", "zegt", "gaan", "gaat",
            "denk", "vind", "bedankt", "dank", "hallo", "goed", "mooi", "welkom", "goedenavond", "goedemorgen",
            "avond", "uitzending", "aflevering", "vanavond", "luisteren");

    private static final Set<String> PORTUGUESE = Set.of(
            "eh", "ahn", "hum", "hm", "mm", "ah", "oh", "né", "então", "tipo", "pois", "bem", "bom", "sim",
            "não", "ok", "okay", "assim", "aí", "daí", "olha", "realmente", "simplesmente", "basicamente",
            "muito", "pouco", "também", "já", "aqui", "agora", "hoje", "coisa", "coisas", "faz", "fazer",
            "diz", "dizer", "disse", "vai", "vão", "acho", "obrigado", "obrigada", "olá", "claro", "certo",
            "bem-vindos", "bem-vindas", "bem-vindo", "vindos", "vindas", "vindo", "boa", "noite", "programa",
            "episódio", "falamos", "falar", "amanhã");

    private static final List<String> FRENCH_PHRASES = List.of(
            "en fait", "du coup", "tu vois", "vous voyez", "tu sais", "vous savez", "c'est-à-dire",
            "c'est à dire", "en tout cas", "il y a", "il y avait", "on va dire", "je veux dire", "quand même",
            "de toute façon", "par contre", "bien sûr", "en gros", "grosso modo");

    private static final List<String> ENGLISH_PHRASES = List.of(
            "you know", "i mean", "you see", "sort of", "kind of", "i guess", "i think", "a lot of",
            "at the end of the day", "by the way", "to be honest", "or something", "and so on", "and stuff");

    private static final List<String> GERMAN_PHRASES = List.of(
            "na ja", "und so weiter", "und so", "ich meine", "weißt du", "wissen sie", "sag mal", "oder so");

    private static final List<String> SPANISH_PHRASES = List.of(
            "o sea", "es decir", "a ver", "la verdad", "o algo así", "y tal", "más o menos", "ya sabes");

    private static final List<String> ITALIAN_PHRASES = List.of(
            "per così dire", "in pratica", "non so", "e così via", "più o meno", "diciamo che");

    private static final List<String> DUTCH_PHRASES = List.of(
            "weet je", "zeg maar", "of zo", "en zo", "als het ware", "min of meer", "ik bedoel");

    private static final List<String> PORTUGUESE_PHRASES = List.of(
            "quer dizer", "ou seja", "na verdade", "tipo assim", "mais ou menos", "você sabe", "e tal");

    private SpokenFillers() {
    }

    /** Single-word fillers of a language, lower-case. */
    public static Set<String> words(Language language) {
        return switch (language) {
            case FRENCH -> FRENCH;
            case ENGLISH -> ENGLISH;
            case GERMAN -> GERMAN;
            case SPANISH -> SPANISH;
            case ITALIAN -> ITALIAN;
            case DUTCH -> DUTCH;
            case PORTUGUESE -> PORTUGUESE;
        };
    }

    /** Multi-word fillers of a language, lower-case. */
    public static List<String> phrases(Language language) {
        return switch (language) {
            case FRENCH -> FRENCH_PHRASES;
            case ENGLISH -> ENGLISH_PHRASES;
            case GERMAN -> GERMAN_PHRASES;
            case SPANISH -> SPANISH_PHRASES;
            case ITALIAN -> ITALIAN_PHRASES;
            case DUTCH -> DUTCH_PHRASES;
            case PORTUGUESE -> PORTUGUESE_PHRASES;
        };
    }

    static Pattern multiWordPattern(Language language) {
        if (phrases(language).isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String alternatives = phrases(language).stream()
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
