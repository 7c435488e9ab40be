package media.pipeline.publish.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two transcript languages the extractive summarizer knows, with their fillers, greeting
 * patterns and the fixed words of headlines. Any language code that is not French is treated as
 * English (the pipeline's shows are French or English; a third language would need its own entry).
 */
enum Language {
    FR(
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
            Pattern.compile("(?iu)\\b(bonsoir|bonjour|salut|bienvenue|au revoir|bonne (soirée|journée|nuit|semaine)"
                    + "|à (la semaine prochaine|demain|bientôt|très vite|tout de suite|tout à l'heure)"
                    + "|merci( beaucoup| infiniment| à vous| à toi| à tous| encore| pour| d'être| d'avoir| de nous)?"
                    + "|ravie? de vous (recevoir|accueillir|retrouver)|ravie? d'être (là|avec vous|ici)"
                    + "|c'est (un )?plaisir|restez avec nous|on se retrouve|on marque une pause|après la pause)"),
            Pattern.compile("(?iu)^(?:(?:euh+|heu+|hum+|hmm+|bah|ben|hein)\\b[\\s,.…]*"
                    + "|(?:alors|voilà|voila|bon|donc|bref|enfin|ok|okay|oui|ouais|eh bien|et bien|ben oui"
                    + "|écoutez|écoute|en fait|du coup|effectivement|justement|et puis|et|mais)\\s*(?:,|…|\\.\\.\\.)\\s*)"),
            "Introduction", "Conclusion", "Chapitre", "au programme", " : ", "et",
            "Ouverture de l'émission", "Fin de l'émission"),
    EN(
            words("uh", "uhh", "um", "umm", "er", "erm", "hmm", "hm", "ah", "oh", "eh", "well", "okay", "ok",
                    "yeah", "yes", "no", "right", "actually", "basically", "literally", "really", "just", "like",
                    "so", "gonna", "wanna", "anyway", "anyways", "alright"),
            words("also", "can", "get", "got", "go", "going", "one", "thing", "things", "lot", "lots", "much",
                    "many", "now", "even", "still", "us", "let", "tonight", "today", "say", "said", "will",
                    "would", "could", "might", "must", "shall", "may", "yet", "ever", "every", "way", "within",
                    "without", "whether", "though", "although", "however", "also", "there's", "here's",
                    "it's", "that's", "what's", "we're", "they're", "you're", "i'm"),
            List.of("you know", "i mean", "kind of", "sort of", "you see", "if you will", "let's say"),
            Pattern.compile("(?iu)\\b(good (evening|morning|afternoon|night)|hello|hi there|welcome( back)?"
                    + "|thank you|thanks|goodbye|bye|see you|take care|have a (good|great|nice)"
                    + "|great to (have|be|see) you|pleasure to (have|be)|stay with us|after the break"
                    + "|we'll be right back|nice to meet you)\\b"),
            Pattern.compile("(?iu)^(?:(?:uh+|um+|umm+|er+m?|hmm+|hm)\\b[\\s,.…]*"
                    + "|(?:so|well|okay|ok|yeah|yes|right|now|anyway|alright|you know|i mean|and|but|and so)"
                    + "\\s*(?:,|…|\\.\\.\\.)\\s*)"),
            "Introduction", "Wrap-up", "Chapter", "coming up", ": ", "and",
            "Opening of the show", "End of the show");

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

    Language(Set<String> fillers, Set<String> extraStopWords, List<String> fillerPhrases, Pattern greeting,
            Pattern leadingFiller, String intro, String outro, String chapter, String upNext, String colon,
            String and, String introGist, String outroGist) {
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
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** French for any {@code fr}, {@code fr-FR}, {@code fr_CA}...; English for anything else, null included. */
    static Language of(String code) {
        if (code == null) {
            return EN;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return c.equals("fr") || c.startsWith("fr-") || c.startsWith("fr_") ? FR : EN;
    }

    Locale locale() {
        return this == FR ? Locale.FRENCH : Locale.ENGLISH;
    }
}
