package media.pipeline.ingest.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small grammar facts shared by the description extractors (French and English): what a person's name
 * looks like, which nouns are job titles, which capitalised words open a sentence without being names.
 */
final class Names {
    /** A capitalised word, hyphens and apostrophes inside ("Jean-Luc", "O'Neil"). */
    static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
    /** Lowercase particles inside names ("Charles de Gaulle", "Ursula von der Leyen"). */
    static final String PARTICLE = "(?:de|du|des|van|von|der|den|da|di|le|la|bin|ben|al|d['’])";
    /** Two to four capitalised words, particles allowed between them. */
    static final String NAME = WORD + "(?:(?:\\s+" + PARTICLE + ")*\\s+" + WORD + "){1,3}";
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}«\"]|\\s*$)");
    private static final Pattern NAME_ONLY = Pattern.compile("^" + NAME + "$");

    /** Nouns that name a job or a function; used to tell "Jane Doe" from "Managing Director". */
    private static final Set<String> ROLE_WORDS = Set.of(
            "fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice",
            "président", "présidente", "vice-président", "vice-présidente", "directeur", "directrice", "patron",
            "patronne", "pdg", "dg", "ceo", "cto", "cfo", "coo", "cio", "dirigeant", "dirigeante", "ministre",
            "maire", "député", "députée", "sénateur", "sénatrice", "porte-parole", "secrétaire", "responsable",
            "chef", "cheffe", "économiste", "analyste", "journaliste", "rédacteur", "rédactrice", "chercheur",
            "chercheuse", "professeur", "professeure", "expert", "experte", "associé", "associée", "avocat",
            "avocate", "consultant", "consultante", "gérant", "gérante", "délégué", "déléguée", "partner",
            "founder", "co-founder", "cofounder", "president", "vice-president", "director", "head", "chief",
            "chairman", "chairwoman", "chair", "minister", "mayor", "senator", "spokesperson", "spokesman",
            "spokeswoman", "analyst", "economist", "journalist", "editor", "professor", "researcher", "boss",
            "owner", "manager", "officer", "lawyer", "executive", "secretary", "vp", "md");

    /** Capitalised words that open a sentence or a date rather than a name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "ce", "cette", "cet", "hier", "aujourd'hui", "aujourd’hui", "demain", "ce soir", "le", "la", "les",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "this", "today", "tonight", "yesterday", "tomorrow", "the", "on", "in",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            // time words of the other detected languages that open a sentence before the host's name
            "heute", "gestern", "morgen", "hoy", "ayer", "mañana", "esta", "este", "stasera", "oggi", "ieri",
            "domani", "vanavond", "vandaag", "gisteren", "hoje", "ontem", "amanhã");

    private Names() {
    }

    /** Whether the whole text looks like a person's name (and contains no job title). */
    static boolean isName(String text) {
        String t = text.strip();
        if (!NAME_ONLY.matcher(t).matches()) {
            return false;
        }
        for (String word : t.split("\\s+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (ROLE_WORDS.contains(w) || NOT_NAME_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word (any case) is a job title noun. */
    static boolean isRoleWord(String word) {
        return ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Drops leading sentence openers: "Tonight Jane Smith" → "Jane Smith". */
    static String dropLeadingNonNames(String name) {
        String[] words = name.strip().split("\\s+");
        int from = 0;
        while (from < words.length - 2 && NOT_NAME_WORDS.contains(words[from].toLowerCase(Locale.ROOT))) {
            from++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /** The sentence of {@code text} that goes on from {@code from}, up to its final punctuation. */
    static String restOfSentence(String text, int from) {
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        return end.find(from) ? text.substring(from, end.start()) : text.substring(from);
    }
}
