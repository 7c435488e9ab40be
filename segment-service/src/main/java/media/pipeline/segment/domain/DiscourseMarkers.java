package media.pipeline.segment.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * General discourse markers of hosts and speakers, per language: topic transitions ("passons à",
 * "moving on"), openings (greetings, presenting guests, the agenda) and closings (thanks, goodbyes).
 * Matching ignores case and accents and needs whole words. These are genre lists for broadcast and
 * spoken presentations, not phrases taken from one transcript. French and English have lists; for the
 * other languages nothing is a marker.
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

    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Pattern transition;
    private final Pattern opening;
    private final Pattern closing;

    public DiscourseMarkers(Language language) {
        Objects.requireNonNull(language, "language");
        // the other languages have no lists yet: no sentence is taken for a transition, opening or closing,
        // and chapters rest on lexical cohesion alone
        this.transition = compile(switch (language) {
            case FRENCH -> FR_TRANSITION;
            case ENGLISH -> EN_TRANSITION;
            default -> List.of();
        });
        this.opening = compile(switch (language) {
            case FRENCH -> FR_OPENING;
            case ENGLISH -> EN_OPENING;
            default -> List.of();
        });
        this.closing = compile(switch (language) {
            case FRENCH -> FR_CLOSING;
            case ENGLISH -> EN_CLOSING;
            default -> List.of();
        });
    }

    /**
     * How strongly a sentence announces a new topic: 1 when a transition marker opens it (within its
     * first 40 characters), 0.5 when one appears later, else 0.
     */
    public double transition(String sentence) {
        var m = transition.matcher(normalize(sentence));
        if (!m.find()) {
            return 0;
        }
        return m.start() <= 40 ? 1.0 : 0.5;
    }

    /** Greets, presents someone or announces the programme. */
    public boolean opening(String sentence) {
        return opening.matcher(normalize(sentence)).find();
    }

    /** Thanks, says goodbye or announces the end. */
    public boolean closing(String sentence) {
        return closing.matcher(normalize(sentence)).find();
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

    private static Pattern compile(List<String> phrases) {
        if (phrases.isEmpty()) {
            return NEVER;
        }
        String alternatives = phrases.stream()
                .map(DiscourseMarkers::normalize)
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
