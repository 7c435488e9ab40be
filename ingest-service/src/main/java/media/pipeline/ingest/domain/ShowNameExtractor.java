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
 */
final class ShowNameExtractor {
    private static final Pattern QUOTED = Pattern.compile(
            "(?:l['’]émission|le magazine|le programme|the (?:show|programme|program|podcast))\\s*[«\"“]\\s*([^»\"”]+?)\\s*[»\"”]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE = Pattern.compile(
            "(?:l['’]émission|le magazine|the (?:show|programme|program|podcast))\\s+"
                    + "([\\p{Lu}\\p{N}][^,.;()]*?)(?=\\s*[,.;()]|\\s+(?:sur|on|présentée?|animée?|presented|hosted)\\s|\\s*$)",
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
