package media.pipeline.segment.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * General discourse markers of hosts and speakers, per language: topic transitions ("passons à",
 * "moving on"), openings (greetings, presenting guests, the agenda) and closings (thanks, goodbyes).
 * Matching ignores case and accents and needs whole words. These are genre lists for broadcast and
 * spoken presentations, not phrases taken from one transcript. French and English have the longest lists;
 * German, Spanish, Italian, Dutch and Portuguese have their commonest host phrases.
 */
public final class DiscourseMarkers {
    private static final List<String> FR_TRANSITION = List.of(
            "on va parler de", "on va parler d", "parlons de", "parlons d", "passons a", "on passe a",
            "je passe a", "passons maintenant", "restons dans", "restons sur", "restons avec", "autre sujet",
            "changeons de sujet", "changement de sujet", "sujet suivant", "on enchaine", "enchainons",
            "j'enchaine", "place a", "venons-en", "venons en", "j'en viens a", "on en vient a", "revenons a",
            "revenons sur", "on revient sur", "on revient a", "deuxieme sujet", "troisieme sujet",
            "dernier sujet", "premier sujet", "on termine avec", "on continue avec", "autre actualite",
            "on s'interesse a", "interessons-nous", "on s'attaque a", "attaquons", "abordons", "on aborde",
            "tournons-nous", "on se tourne vers", "un mot sur", "un mot de", "deuxieme partie",
            "premiere partie", "troisieme partie", "on va voir", "nous allons voir", "on va maintenant",
            "nous allons maintenant", "maintenant on va", "maintenant nous allons", "la question suivante",
            "point suivant", "on passe au", "passons au", "passons aux", "on passe aux");
    private static final List<String> EN_TRANSITION = List.of(
            "let's turn to", "turning to", "turn now to", "moving on", "move on to", "let's move on",
            "next up", "next topic", "next thing", "next item", "next question", "let's talk about",
            "i want to talk about", "we're going to talk about", "let's look at", "let's take a look",
            "another topic", "switching gears", "switch gears", "changing topics", "on to the next",
            "shifting to", "let's shift", "let's get into", "let's dive into", "let's jump into",
            "the other thing", "last but not least", "first up", "to start with", "let's start with",
            "now let's", "now we're going to", "now i'm going to", "the next part", "part two",
            "second part", "let's go back to", "going back to", "speaking of", "breaking news");
    private static final List<String> FR_OPENING = List.of(
            "bonjour", "bonsoir", "bienvenue", "salut", "je vous presente", "je vous les presente",
            "nos invites", "notre invite", "notre invitee", "avec nous", "a mes cotes", "a tes cotes",
            "sur ce plateau", "au sommaire", "au programme", "merci d'etre", "merci d'etre avec nous",
            "dans cette emission", "dans cet episode", "dans ce cours", "de ce cours", "l'emission");
    private static final List<String> EN_OPENING = List.of(
            "hello", "welcome", "hi everyone", "hi everybody", "hey everyone", "good morning",
            "good afternoon", "good evening", "my name is", "i'm joined by", "joining me", "with me today",
            "our guest", "our guests", "today we", "today i", "on today's", "in this episode", "in this video",
            "on the agenda", "agenda", "we'll be talking", "we will be talking", "we're going to talk",
            "thanks for having me", "thanks for joining", "thank you for joining");
    private static final List<String> FR_CLOSING = List.of(
            "merci a tous", "merci a vous", "merci beaucoup", "merci messieurs", "merci mesdames",
            "au revoir", "a demain", "a bientot", "a la semaine prochaine", "a lundi", "a tres vite",
            "bonne soiree", "bonne journee", "bonne nuit", "bon week-end", "conclure", "en conclusion",
            "pour conclure", "pour terminer", "pour finir", "c'est la fin", "c'est fini", "c'est tout pour",
            "on se retrouve", "rendez-vous", "merci de nous avoir suivis", "merci de nous suivre",
            "restez avec nous", "a suivre", "la publicite");
    private static final List<String> EN_CLOSING = List.of(
            "thank you", "thanks everyone", "thanks everybody", "thanks for watching", "thanks for listening",
            "goodbye", "bye", "see you", "see ya", "that's it for", "that's all", "that is all", "wrap up",
            "wrapping up", "to wrap", "to conclude", "in conclusion", "to sum up", "in summary", "take care",
            "until next time", "have a good", "have a great", "signing off", "catch you");

    // German, Spanish, Italian, Dutch, Portuguese: the commonest host phrases of the same three kinds,
    // written as normalize() leaves them (lower case, no accents)
    private static final List<String> DE_TRANSITION = List.of(
            "kommen wir zu", "kommen wir zum", "kommen wir zur", "kommen wir jetzt", "weiter geht es mit",
            "zum nachsten thema", "nachstes thema", "ein anderes thema", "themenwechsel", "sprechen wir uber",
            "reden wir uber", "schauen wir uns", "werfen wir einen blick", "bleiben wir beim", "bleiben wir bei",
            "zuruck zu", "zunachst zu", "als erstes", "zum schluss noch", "und zum schluss", "eilmeldung");
    private static final List<String> DE_OPENING = List.of(
            "guten abend", "guten morgen", "guten tag", "hallo", "herzlich willkommen", "willkommen",
            "mein name ist", "bei mir im studio", "zu gast", "unser gast", "unsere gaste", "heute im programm",
            "in dieser sendung", "in dieser folge");
    private static final List<String> DE_CLOSING = List.of(
            "vielen dank", "danke schon", "danke furs zuhoren", "danke furs zuschauen", "auf wiedersehen",
            "tschuss", "bis morgen", "bis bald", "bis nachste woche", "bis zum nachsten mal", "zum abschluss",
            "schonen abend", "schones wochenende");
    private static final List<String> ES_TRANSITION = List.of(
            "pasamos a", "pasamos al", "pasemos a", "pasemos al", "vamos con", "vamos ahora con", "cambiamos de tema", "cambiando de tema",
            "otro tema", "siguiente tema", "el siguiente punto", "hablemos de", "hablemos del", "vamos a hablar de", "volvemos a",
            "volvemos al", "volviendo a", "volviendo al", "en primer lugar", "para empezar", "terminamos con", "y por ultimo", "ultima hora");
    private static final List<String> ES_OPENING = List.of(
            "buenas noches", "buenos dias", "buenas tardes", "hola", "bienvenidos", "bienvenidas", "bienvenido",
            "me llamo", "nos acompana", "nos acompanan", "nuestro invitado", "nuestra invitada",
            "nuestros invitados", "el programa de hoy", "hoy hablamos", "esta noche hablamos", "en este episodio",
            "en este programa");
    private static final List<String> ES_CLOSING = List.of(
            "muchas gracias", "gracias por escucharnos", "gracias por vernos", "gracias por acompanarnos", "adios",
            "hasta manana", "hasta luego", "hasta pronto", "hasta la proxima", "nos vemos", "eso es todo",
            "para terminar", "en conclusion", "para concluir");
    private static final List<String> IT_TRANSITION = List.of(
            "passiamo a", "passiamo al", "passiamo alla", "passiamo alle", "passiamo ai", "passiamo agli",
            "passiamo all'", "passiamo ora", "veniamo a", "veniamo al", "veniamo alla", "cambiamo argomento", "altro argomento",
            "prossimo argomento", "parliamo di", "parliamo del", "parliamo della", "torniamo a", "torniamo al", "torniamo alla", "tornando a", "per cominciare", "per iniziare",
            "in primo luogo", "e infine", "chiudiamo con", "ultim'ora", "ultima ora");
    private static final List<String> IT_OPENING = List.of(
            "buonasera", "buona sera", "buongiorno", "ciao a tutti", "benvenuti", "benvenute", "benvenuto",
            "mi chiamo", "con noi", "il nostro ospite", "i nostri ospiti", "la nostra ospite", "in questa puntata",
            "in questo episodio", "oggi parliamo");
    private static final List<String> IT_CLOSING = List.of(
            "grazie a tutti", "grazie mille", "grazie per l'ascolto", "grazie per averci seguito", "arrivederci",
            "a domani", "a presto", "alla prossima", "e tutto per", "per concludere", "in conclusione",
            "buona serata", "buona notte", "buon fine settimana");
    private static final List<String> NL_TRANSITION = List.of(
            "dan gaan we naar", "we gaan naar", "we gaan verder met", "dan naar", "een ander onderwerp",
            "ander onderwerp", "volgende onderwerp", "laten we het hebben over", "terug naar", "om te beginnen",
            "als eerste", "tot slot", "breaking news");
    private static final List<String> NL_OPENING = List.of(
            "goedenavond", "goedemorgen", "goedemiddag", "hallo", "welkom", "mijn naam is", "te gast", "onze gast",
            "onze gasten", "in deze aflevering", "in deze uitzending", "vandaag hebben we het over");
    private static final List<String> NL_CLOSING = List.of(
            "dank je wel", "dank u wel", "bedankt voor het luisteren", "bedankt voor het kijken", "tot ziens",
            "tot morgen", "tot volgende week", "tot de volgende keer", "dat was het", "fijne avond", "fijn weekend",
            "ter afsluiting");
    private static final List<String> PT_TRANSITION = List.of(
            "passamos a", "passamos ao", "passamos agora", "vamos agora", "vamos falar de", "vamos falar sobre", "falemos de",
            "mudando de assunto", "outro assunto", "proximo assunto", "proximo tema", "voltando a", "voltando ao", "voltamos a", "voltamos ao",
            "para comecar", "em primeiro lugar", "e por fim", "por ultimo", "terminamos com", "ultima hora");
    private static final List<String> PT_OPENING = List.of(
            "boa noite", "boa tarde", "bom dia", "ola", "bem-vindos", "bem-vindas", "bem-vindo", "o meu nome e",
            "meu nome e", "connosco", "conosco", "o nosso convidado", "nosso convidado", "nossos convidados",
            "neste episodio", "neste programa", "hoje falamos");
    private static final List<String> PT_CLOSING = List.of(
            "muito obrigado", "muito obrigada", "obrigado por nos ouvir", "obrigado pela atencao", "adeus",
            "ate amanha", "ate logo", "ate breve", "ate a proxima", "e tudo por hoje", "para terminar",
            "em conclusao", "para concluir");

    private final Phrases transition;
    private final Phrases opening;
    private final Phrases closing;

    public DiscourseMarkers(Language language) {
        Objects.requireNonNull(language, "language");
        this.transition = Phrases.of(switch (language) {
            case FRENCH -> FR_TRANSITION;
            case ENGLISH -> EN_TRANSITION;
            case GERMAN -> DE_TRANSITION;
            case SPANISH -> ES_TRANSITION;
            case ITALIAN -> IT_TRANSITION;
            case DUTCH -> NL_TRANSITION;
            case PORTUGUESE -> PT_TRANSITION;
        });
        this.opening = Phrases.of(switch (language) {
            case FRENCH -> FR_OPENING;
            case ENGLISH -> EN_OPENING;
            case GERMAN -> DE_OPENING;
            case SPANISH -> ES_OPENING;
            case ITALIAN -> IT_OPENING;
            case DUTCH -> NL_OPENING;
            case PORTUGUESE -> PT_OPENING;
        });
        this.closing = Phrases.of(switch (language) {
            case FRENCH -> FR_CLOSING;
            case ENGLISH -> EN_CLOSING;
            case GERMAN -> DE_CLOSING;
            case SPANISH -> ES_CLOSING;
            case ITALIAN -> IT_CLOSING;
            case DUTCH -> NL_CLOSING;
            case PORTUGUESE -> PT_CLOSING;
        });
    }

    /**
     * The three marks of a sentence.
     *
     * @param transition how strongly it announces a new topic: 1 when a transition marker opens it (within its
     *                   first 40 characters), 0.5 when one appears later, else 0
     * @param opening    it greets, presents someone or announces the programme
     * @param closing    it thanks, says goodbye or announces the end
     */
    public record Marks(double transition, boolean opening, boolean closing) {
    }

    /** The sentence's three marks, normalising it once. */
    public Marks marks(String sentence) {
        String s = normalize(sentence);
        return new Marks(strength(transition.find(s)), opening.find(s) >= 0, closing.find(s) >= 0);
    }

    /** How strongly a sentence announces a new topic (see {@link Marks#transition}). */
    public double transition(String sentence) {
        return strength(transition.find(normalize(sentence)));
    }

    private static double strength(int at) {
        return at < 0 ? 0 : at <= 40 ? 1.0 : 0.5;
    }

    /** Greets, presents someone or announces the programme. */
    public boolean opening(String sentence) {
        return opening.find(normalize(sentence)) >= 0;
    }

    /** Thanks, says goodbye or announces the end. */
    public boolean closing(String sentence) {
        return closing.find(normalize(sentence)) >= 0;
    }

    /** Lower case, no accents, typographic apostrophes made plain, spaces collapsed. */
    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // one pass (this runs three times per sentence): NFD, combining marks (regex \p{M}) dropped, both
        // apostrophes as ', runs of ASCII whitespace (regex \s) as one space; then lower case and trim as before
        String s = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue; // a mark between two spaces leaves them one run, as removing it first did
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.appendCodePoint(c == '\u2019' || c == '\u02BC' ? '\'' : c);
        }
        if (space) {
            b.append(' ');
        }
        return b.toString().toLowerCase(Locale.ROOT).trim();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whole-word matching of normalised phrases in normalised text: only the phrases starting with a position's
     * character are tried there, and only at a position not preceded by a letter or digit. It finds what the
     * regex alternation it replaced found ({@code (?<![\p{L}\p{N}])(?:phrase|...)(?![\p{L}\p{N}])}, a space
     * matching the one space normalising leaves): the three sets of markers were tried as regexes on every
     * sentence, a third of segmenting's CPU (docs/performance-fixes.md).
     */
    static final class Phrases {
        private final int[] firsts;        // distinct first code points, ascending
        private final String[][] buckets;  // per first character, its phrases

        private Phrases(List<String> normalized) {
            firsts = normalized.stream().mapToInt(p -> p.codePointAt(0)).distinct().sorted().toArray();
            buckets = new String[firsts.length][];
            for (int b = 0; b < firsts.length; b++) {
                int first = firsts[b];
                buckets[b] = normalized.stream().filter(p -> p.codePointAt(0) == first).toArray(String[]::new);
            }
        }

        /** The phrases, normalised (those that normalise to nothing are dropped). */
        static Phrases of(List<String> phrases) {
            return new Phrases(phrases.stream().map(DiscourseMarkers::normalize).filter(p -> !p.isEmpty())
                    .distinct().toList());
        }

        /** Where the leftmost phrase in normalised {@code text} starts, or -1. */
        int find(String text) {
            if (firsts.length == 0) {
                return -1;
            }
            boolean afterWordChar = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int b = afterWordChar ? -1 : Arrays.binarySearch(firsts, cp);
                if (b >= 0) {
                    for (String p : buckets[b]) {
                        int end = i + p.length();
                        if (text.startsWith(p, i) && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
                            return i;
                        }
                    }
                }
                afterWordChar = isWordChar(cp);
                i += Character.charCount(cp);
            }
            return -1;
        }

        private static boolean isWordChar(int cp) {
            if (cp < 0x80) {
                return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
            }
            if (Character.isLetter(cp)) {
                return true;
            }
            int type = Character.getType(cp);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }
    }
}
