package media.pipeline.ingest.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host named in a description: a name followed by a receiving verb ("X a reçu", "X reçoit",
 * "X accueille", "X received", "X welcomes", "X hosts", "X is joined by", "X talks to"...) or after
 * "présenté par" / "presented by" / "hosted by", and their commonest German, Spanish, Italian, Dutch and
 * Portuguese equivalents ("im Gespräch mit", "recibe a", "riceve", "ontvangt", "recebe"; "moderiert von",
 * "presentado por"...). {@link #guestClause} is what follows the verb up to the end
 * of its sentence, where the guests are listed.
 */
final class HostExtractor {
    private static final String VERBS = "(?:a reçu|reçoit|recevait|accueille|a accueilli|accueillait|"
            + "interroge|a interrogé|a invité|invite|s['’]entretient avec|s['’]est entretenue? avec|"
            + "received|receives|welcomes|welcomed|hosts|hosted|is joined by|was joined by|talks to|"
            + "talked to|talks with|talked with|speaks with|spoke with|interviews|interviewed|"
            + "sits down with|sat down with|"
            // Spanish, Italian, Dutch, Portuguese; German only "im Gespräch mit": its verb-second order puts
            // the host after the verb when a time phrase leads ("Heute Abend begrüßt Anna Schmidt ...")
            + "im Gespräch mit|recibe a|recibió a|entrevista a|"
            + "conversa con|habla con|riceve|ha ricevuto|intervista|ospita|ha ospitato|parla con|ontvangt|"
            + "ontving|spreekt met|sprak met|praat met|interviewt|recebe|recebeu|entrevista|conversa com|fala com)";
    private static final Pattern NAME_THEN_VERB = Pattern.compile(
            "(?<![\\p{L}'’-])(" + Names.NAME + ")\\s+" + VERBS + "(?![\\p{L}])");
    private static final Pattern PRESENTED_BY = Pattern.compile(
            "(?:présentée? par|animée? par|presented by|hosted by|moderiert von|präsentiert von|presentad[oa] por|"
                    + "conducid[oa] por|condott[oa] da|presentat[oa] da|gepresenteerd door|apresentad[oa] por)\\s+("
                    + Names.NAME + ")");

    /** The host and where the guest list starts. */
    record Found(String host, String guestClause) {
    }

    Optional<Found> extract(String description) {
        if (description == null || description.isBlank()) {
            return Optional.empty();
        }
        Matcher m = NAME_THEN_VERB.matcher(description);
        while (m.find()) {
            String name = Names.dropLeadingNonNames(m.group(1));
            if (Names.isName(name)) {
                return Optional.of(new Found(name, Names.restOfSentence(description, m.end()).strip()));
            }
        }
        Matcher by = PRESENTED_BY.matcher(description);
        if (by.find() && Names.isName(by.group(1))) {
            return Optional.of(new Found(by.group(1), null));
        }
        return Optional.empty();
    }
}
