package media.pipeline.publish.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The transcript languages the extractive summarizer knows (those ingest-service detects), with their
 * Snowball stop list, fillers, greeting patterns and the fixed words of headlines. French and English
 * also have the grammar of clause headlines ({@link #clauseGrammar()}). Any other code is treated as
 * English.
 */
enum Language {
    FR("fr", "french_stop.txt",
            words("euh", "heu", "euhh", "hum", "hmm", "bah", "ben", "hein", "voilà", "voila", "bon", "ouais",
                    "genre", "quoi", "enfin", "bref", "ah", "oh", "eh", "ok", "okay", "oui", "non", "alors",
                    "donc", "là", "bien", "effectivement", "évidemment", "justement", "vraiment", "écoutez",
                    "écoute", "dis", "dites"),
            words("est", "a", "ça", "ca", "cela", "ce", "c", "ceux", "celle", "celui", "très", "plus", "moins",
                    "aussi", "tout", "tous", "toute", "toutes", "fait", "faire", "être", "avoir", "va", "vont",
                    "vais", "comme", "si", "où", "quand", "peu", "beaucoup", "encore", "déjà", "puis", "dont",
                    "chez", "entre", "vers", "depuis", "pendant", "après", "avant", "sous", "contre", "cet",
                    "y", "ont", "était", "sera", "peut", "peuvent", "faut", "chose", "choses", "gens", "soir",
                    "aujourd'hui", "aujourd", "hui", "ils", "elles", "on", "nous", "vous", "leur", "leurs",
                    "quelque", "quelques", "autre", "autres", "même", "mêmes", "ici", "ainsi", "car", "ni",
                    "or", "lequel", "laquelle", "lesquels", "quoi", "comment", "pourquoi", "combien"),
            List.of("en fait", "du coup", "tu vois", "tu sais", "vous voyez", "vous savez", "je veux dire",
                    "on va dire", "entre guillemets", "si vous voulez"),
            // greetings, welcomes, thanks and sign-offs: host chit-chat
            atWordStart("bonsoir|bonjour|salut|bienvenue|au revoir|bonne (soirée|journée|nuit|semaine)"
                    + "|à (la semaine prochaine|demain|bientôt|très vite|tout de suite|tout à l'heure)"
                    + "|merci( beaucoup| infiniment| à vous| à toi| à tous| encore| pour| d'être| d'avoir| de nous)?"
                    + "|ravie? de vous (recevoir|accueillir|retrouver)|ravie? d'être (là|avec vous|ici)"
                    + "|c'est (un )?plaisir|restez avec nous|on se retrouve|on marque une pause|après la pause", ""),
            Pattern.compile("(?iu)^(?:(?:euh+|heu+|hum+|hmm+|bah|ben|hein)\\b[\\s,.…]*"
                    + "|(?:alors|voilà|voila|bon|donc|bref|enfin|ok|okay|oui|ouais|eh bien|et bien|ben oui"
                    + "|écoutez|écoute|en fait|du coup|effectivement|justement|et puis|et|mais)\\s*(?:,|…|\\.\\.\\.)\\s*)"),
            "Introduction", "Conclusion", "Chapitre", "au programme", " : ", "et",
            "Ouverture de l'émission", "Fin de l'émission", "sans transcription"),
    EN("en", "english_stop.txt",
            words("uh", "uhh", "um", "umm", "er", "erm", "hmm", "hm", "ah", "oh", "eh", "well", "okay", "ok",
                    "yeah", "yes", "no", "right", "actually", "basically", "literally", "really", "just", "like",
                    "so", "gonna", "wanna", "anyway", "anyways", "alright"),
            words("also", "can", "get", "got", "go", "going", "one", "thing", "things", "lot", "lots", "much",
                    "many", "now", "even", "still", "us", "let", "tonight", "today", "say", "said", "will",
                    "would", "could", "might", "must", "shall", "may", "yet", "ever", "every", "way", "within",
                    "without", "whether", "though", "although", "however", "also", "there's", "here's",
                    "it's", "that's", "what's", "we're", "they're", "you're", "i'm"),
            List.of("you know", "i mean", "kind of", "sort of", "you see", "if you will", "let's say"),
            atWordStart("good (evening|morning|afternoon|night)|hello|hi there|welcome( back)?"
                    + "|thank you|thanks|goodbye|bye|see you|take care|have a (good|great|nice)"
                    + "|great to (have|be|see) you|pleasure to (have|be)|stay with us|after the break"
                    + "|we'll be right back|nice to meet you", "\\b"),
            Pattern.compile("(?iu)^(?:(?:uh+|um+|umm+|er+m?|hmm+|hm)\\b[\\s,.…]*"
                    + "|(?:so|well|okay|ok|yeah|yes|right|now|anyway|alright|you know|i mean|and|but|and so)"
                    + "\\s*(?:,|…|\\.\\.\\.)\\s*)"),
            "Introduction", "Wrap-up", "Chapter", "coming up", ": ", "and",
            "Opening of the show", "End of the show", "no transcript"),
    // The other languages ingest-service detects: stop words, fillers, greetings and the fixed words of
    // headlines; clause headlines ("OpenAI annonce ...") need a grammar of the language and are written
    // for French and English only, so these chapters are titled by subject and keywords.
    DE("de", "german_stop.txt",
            words("äh", "ähm", "öh", "hm", "hmm", "mhm", "ah", "oh", "na", "naja", "ja", "nein", "okay", "ok",
                    "also", "halt", "eben", "eigentlich", "genau", "quasi", "sozusagen", "irgendwie", "mal"),
            words("gibt", "geht", "macht", "sagt", "sagen", "heute", "jetzt", "hier", "schon", "ganz", "sehr",
                    "mehr", "viel", "viele", "immer", "wieder", "noch", "dafür", "dabei", "damit", "darüber", "seit",
                    "wegen", "trotz", "ab", "laut", "bis"),
            List.of("na ja", "und so weiter", "ich meine", "weißt du", "sag mal", "oder so"),
            atWordStart("guten (abend|morgen|tag)|hallo|herzlich willkommen|willkommen|danke|vielen dank"
                    + "|auf wiedersehen|tschüss|bis (morgen|bald|nächste woche|zum nächsten mal)|schönen abend", "\\b"),
            Pattern.compile("(?iu)^(?:(?:äh+m?|öh+m?|hm+)\\b[\\s,.…]*"
                    + "|(?:also|ja|naja|na|gut|okay|ok|genau|und|aber)\\s*(?:,|…|\\.\\.\\.)\\s*)"),
            "Einleitung", "Schluss", "Kapitel", "im Programm", ": ", "und",
            "Eröffnung der Sendung", "Ende der Sendung", "ohne Transkript"),
    ES("es", "spanish_stop.txt",
            words("eh", "em", "ehm", "mm", "hm", "ah", "oh", "pues", "bueno", "vale", "este", "sí", "no", "claro",
                    "vamos", "venga", "entonces", "okay", "ok", "mira", "oye"),
            words("hace", "hacer", "dice", "decir", "va", "van", "muy", "mucho", "muchos", "también", "ya", "aquí",
                    "ahora", "hoy", "cosa", "cosas", "así", "bien"),
            List.of("o sea", "es decir", "a ver", "la verdad", "o algo así", "y tal", "ya sabes"),
            atWordStart("buen[oa]s (noches|días|tardes)|hola|bienvenid[oa]s?|gracias|muchas gracias"
                    + "|adiós|hasta (mañana|luego|pronto|la próxima|el (lunes|martes|miércoles|jueves|viernes) que viene)", "\\b"),
            Pattern.compile("(?iu)^(?:(?:eh+|em+|ehm+|mm+)\\b[\\s,.…]*"
                    + "|(?:pues|bueno|vale|entonces|sí|claro|y|pero|mira)\\s*(?:,|…|\\.\\.\\.)\\s*)"),
            "Introducción", "Cierre", "Capítulo", "en el programa", ": ", "y",
            "Apertura del programa", "Cierre del programa", "sin transcripción"),
    IT("it", "italian_stop.txt",
            words("eh", "ehm", "mm", "hm", "ah", "oh", "allora", "cioè", "dunque", "insomma", "ecco", "boh", "beh",
                    "sì", "no", "ok", "okay", "praticamente", "comunque", "diciamo"),
            words("fa", "fare", "dice", "dire", "va", "molto", "tanto", "anche", "ancora", "già", "qui", "adesso",
                    "ora", "oggi", "cosa", "cose", "così", "bene"),
            List.of("per così dire", "in pratica", "non so", "e così via", "più o meno", "diciamo che"),
            atWordStart("buona(sera| sera|notte| giornata)|buongiorno|ciao|benvenut[ioae]|grazie"
                    + "|arrivederci|a (domani|presto|la prossima)", "\\b"),
            Pattern.compile("(?iu)^(?:(?:eh+|ehm+|mm+)\\b[\\s,.…]*"
                    + "|(?:allora|dunque|ecco|beh|sì|e|ma|insomma)\\s*(?:,|…|\\.\\.\\.)\\s*)"),
            "Introduzione", "Chiusura", "Capitolo", "in programma", ": ", "e",
            "Apertura del programma", "Fine del programma", "senza trascrizione"),
    NL("nl", "dutch_stop.txt",
            words("eh", "ehm", "uh", "uhm", "hm", "mm", "ah", "oh", "nou", "ja", "nee", "oké", "ok", "okay", "dus",
                    "gewoon", "eigenlijk", "zeg", "hè"),
            words("gaat", "gaan", "zegt", "zeggen", "heel", "veel", "echt", "even", "toch", "nu", "vandaag", "hier",
                    "ding", "dingen", "goed"),
            List.of("weet je", "zeg maar", "of zo", "en zo", "als het ware", "ik bedoel"),
            atWordStart("goede(navond|morgen|middag)|goedenavond|hallo|welkom|dank (je|u)( wel)?|bedankt"
                    + "|tot (morgen|ziens|volgende week|de volgende keer)", "\\b"),
            Pattern.compile("(?iu)^(?:(?:eh+|ehm+|uh+m?|hm+)\\b[\\s,.…]*"
                    + "|(?:nou|ja|dus|oké|ok|en|maar)\\s*(?:,|…|\\.\\.\\.)\\s*)"),
            "Inleiding", "Afsluiting", "Hoofdstuk", "op het programma", ": ", "en",
            "Opening van het programma", "Einde van het programma", "zonder transcript"),
    PT("pt", "portuguese_stop.txt",
            words("eh", "ahn", "hum", "hm", "mm", "ah", "oh", "né", "então", "tipo", "pois", "bem", "bom", "sim",
                    "não", "ok", "okay", "olha"),
            words("faz", "fazer", "diz", "dizer", "vai", "vão", "muito", "pouco", "também", "já", "aqui", "agora",
                    "hoje", "coisa", "coisas", "assim"),
            List.of("quer dizer", "ou seja", "na verdade", "tipo assim", "mais ou menos", "você sabe", "e tal"),
            atWordStart("boa (noite|tarde)|bom dia|olá|bem-vind[oa]s?|obrigad[oa]|muito obrigad[oa]"
                    + "|adeus|até (amanhã|logo|breve|à próxima)", "\\b"),
            Pattern.compile("(?iu)^(?:(?:eh+|ahn+|hum+|mm+)\\b[\\s,.…]*"
                    + "|(?:então|pois|bem|bom|olha|e|mas|sim)\\s*(?:,|…|\\.\\.\\.)\\s*)"),
            "Introdução", "Encerramento", "Capítulo", "no programa", ": ", "e",
            "Abertura do programa", "Fim do programa", "sem transcrição");

    /** ISO 639-1 code. */
    final String code;
    /** The Snowball stop list's resource name in Lucene's {@code snowball} package. */
    final String snowballStopFile;
    /** Single-word fillers and interjections: never content words. */
    final Set<String> fillers;
    /** Extra general stop words, added to the Lucene snowball stop list. */
    final Set<String> extraStopWords;
    /** Multi-word fillers, removed before analysis. */
    final List<String> fillerPhrases;
    /** Greetings, thanks and sign-offs (found anywhere in a sentence). */
    final Pattern greeting;
    /** One leading filler ("Alors,", "Euh", "So,") at the start of a sentence. */
    final Pattern leadingFiller;
    final String intro;
    final String outro;
    final String chapter;
    final String upNext;
    /** Separator between subject and predicate in a headline: French puts a space before the colon. */
    final String colon;
    final String and;
    final String introGist;
    final String outroGist;
    /** "no transcript", after "Chapter N, " in the gist of a chapter without text. */
    final String noTranscript;

    Language(String code, String snowballStopFile, Set<String> fillers, Set<String> extraStopWords, List<String> fillerPhrases, Pattern greeting,
            Pattern leadingFiller, String intro, String outro, String chapter, String upNext, String colon,
            String and, String introGist, String outroGist, String noTranscript) {
        this.code = code;
        this.snowballStopFile = snowballStopFile;
        this.fillers = fillers;
        this.extraStopWords = extraStopWords;
        this.fillerPhrases = fillerPhrases;
        this.greeting = greeting;
        this.leadingFiller = leadingFiller;
        this.intro = intro;
        this.outro = outro;
        this.chapter = chapter;
        this.upNext = upNext;
        this.colon = colon;
        this.and = and;
        this.introGist = introGist;
        this.outroGist = outroGist;
        this.noTranscript = noTranscript;
    }

    /**
     * {@code (?iu)\b(?=[letters])(body)suffix}, the look-ahead naming the letters the top-level alternatives of
     * {@code body} start with (each must start with a letter). It changes no match: it lets the engine leave a
     * word start after one class test instead of trying every alternative there, case-insensitively; the
     * greeting test of every sentence was 12 % of summarising (docs/performance-fixes.md).
     */
    static Pattern atWordStart(String body, String suffix) {
        StringBuilder first = new StringBuilder();
        int depth = 0;
        boolean atAlternative = true;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (atAlternative) {
                if (!Character.isLetter(c)) {
                    throw new IllegalArgumentException("an alternative must start with a letter: " + body.substring(i));
                }
                if (first.indexOf(String.valueOf(c)) < 0) {
                    first.append(c);
                }
                atAlternative = false;
            }
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                atAlternative = true;
            }
        }
        return Pattern.compile("(?iu)\\b(?=[" + first + "])(" + body + ")" + suffix);
    }

    /** {@code (?iu)\b(phrase|phrase...)\b} with the same look-ahead; the phrases are literal, each starting with a letter. */
    static Pattern phrasesAtWordStart(List<String> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("no phrases");
        }
        StringBuilder first = new StringBuilder();
        for (String p : phrases) {
            if (p.isEmpty() || !Character.isLetter(p.charAt(0))) {
                throw new IllegalArgumentException("a phrase must start with a letter: '" + p + "'");
            }
            if (first.indexOf(p.substring(0, 1)) < 0) {
                first.append(p.charAt(0));
            }
        }
        return Pattern.compile("(?iu)\\b(?=[" + first + "])("
                + String.join("|", phrases.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** The language of {@code fr}, {@code de-AT}, {@code pt_BR}...; English for any other code, null included. */
    static Language of(String code) {
        if (code == null) {
            return EN;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (c.equals(l.code) || c.startsWith(l.code + "-") || c.startsWith(l.code + "_")) {
                return l;
            }
        }
        return EN;
    }

    /** Whether clause headlines ("OpenAI annonce ...") know this language's grammar: French and English. */
    boolean clauseGrammar() {
        return this == FR || this == EN;
    }

    /**
     * Whether the language capitalises its common nouns (German), so that a capital letter says nothing
     * of a name: headline checks then accept the chapter's capitalised keywords.
     */
    boolean capitalisesNouns() {
        return this == DE;
    }

    /**
     * Whether a headline may be a keyword's phrase cut from a sentence ("Tren tardará tres horas entre las dos
     * capitales"). Not in German: its verb-second order ends such phrases on a verb ("Streik bei der Bahn
     * legt"), and capitalised nouns defeat the check that every name in a headline is canonical; German
     * chapters are titled by subject and keywords.
     */
    boolean keywordPhrases() {
        return this != DE;
    }

    Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
