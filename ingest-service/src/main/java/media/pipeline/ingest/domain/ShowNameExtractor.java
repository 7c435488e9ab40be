package media.pipeline.ingest.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The show named in a description: "dans l'émission Tech &amp; Co, la quotidienne, sur BFM Business" →
 * "Tech &amp; Co"; "on the show The Daily Brief, on ..." → "The Daily Brief"; quoted names « X » / "X".
 *
 * <p>Choice: the name stops at the first comma, period, semicolon or parenthesis, or before "sur"/"on"
 * (the channel) and "présentée"/"presented"/"hosted". What follows a comma ("la quotidienne", "the
 * daily show") is an apposition describing the show, not part of its name, and the channel is not either.
 * The name must start with a capital, a digit or a quote, so "l'émission du lundi au jeudi" is no name.
 * The same for the other detected languages: "in der Sendung Markus Lanz im ZDF", "en el programa Hoy por
 * Hoy, en la Cadena SER", "nel programma Report su Rai 3", "in het programma Nieuwsuur op NPO 2", "no
 * programa Prós e Contras, na RTP"; Spanish and Portuguese "en", "con", "na", "com" do not end a name
 * ("Hoy en la Radio"): their channel follows a comma.
 */
final class ShowNameExtractor {
    /** "the show" in the seven detected languages (German "die Sendung", Spanish "el programa"...). */
    private static final String SHOW = "(?:l['’]émission|le magazine|the (?:show|programme|program|podcast)"
            + "|(?:die|der) (?:Sendung|Podcast)|(?:el|del) (?:programa|pódcast|podcast)|(?:il|del) programma"
            + "|(?:het|de) (?:programma|podcast)|(?:o|do) (?:programa|podcast))";
    private static final Pattern QUOTED = Pattern.compile(
            SHOW + "\\s*[«\"“„]\\s*([^»\"”“]+?)\\s*[»\"”“]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE = Pattern.compile(
            SHOW + "\\s+"
                    + "([\\p{Lu}\\p{N}][^,.;()]*?)(?=\\s*[,.;()]"
                    + "|\\s+(?:sur|on|présentée?|animée?|presented|hosted|auf|im|su|op|"
                    + "moderiert|presentad[oa]|condott[oa]|gepresenteerd|apresentad[oa])\\s|\\s*$)",
            Pattern.UNICODE_CASE);

    Optional<String> extract(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        Matcher quoted = QUOTED.matcher(description);
        if (quoted.find()) {
            return Optional.of(quoted.group(1).strip());
        }
        Matcher bare = BARE.matcher(description);
        while (bare.find()) {
            String name = bare.group(1).strip();
            if (!name.isEmpty()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
