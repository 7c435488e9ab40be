package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import media.pipeline.contracts.Person;

/**
 * Guests from a list such as "A, fondateur de X, B, président de Y, et C, directeur de Z chez W, ex-...":
 * the list is split at commas, semicolons and "et"/"and"; a part that looks like a name starts a guest, the
 * first part after it that is not a name is its description ("role de/d'/du/chez/at/of Organization": the
 * organization is what follows the first such preposition that is followed by a capital), later parts are
 * ignored. "Jane Doe (Acme)" gives the organization in parentheses. Guests without a description are kept
 * with only their name. A trailing purpose clause ("pour parler de...", "to discuss...", "dans
 * l'émission...") is cut off first.
 */
final class GuestExtractor {
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            "(?:,\\s*|\\s+)(?:pour (?:parler|évoquer|débattre|discuter|revenir)|afin de|to (?:discuss|talk|debate|look)|"
                    + "about\\s|dans l['’]émission|sur le plateau|on the show|in the show|on set|"
                    + "um über|para (?:hablar|debatir|falar|discutir)|per (?:parlare|discutere)|om te (?:praten|spreken))\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Commas, semicolons, "et"/"and"; the other languages' "and" (und, y, e, en) only before a capital, so that
     * French "il y a" or "expert en cybersécurité" stays whole.
     */
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*[,;]\\s*(?:(?:et|and)\\s+|(?:und|y|e|en)\\s+(?=\\p{Lu}))?"
                    + "|\\s+(?:et|and)\\s+|\\s+(?:und|y|e|en)\\s+(?=\\p{Lu})");
    private static final Pattern ORGANIZATION = Pattern.compile(
            "\\s(?:de la|de l['’]|de|du|des|chez|at|of|from|for|with|bei|von|vom|der|del|di|della|dello|presso|"
                    + "van|bij|do|da|na|no)\\s+(?=[\\p{Lu}\\p{N}])|\\sd['’](?=\\p{Lu})");
    private static final Pattern NAME_WITH_PARENS = Pattern.compile("^(" + Names.NAME + ")\\s*\\(([^)]+)\\)$");
    private static final Pattern GUESTS_LABEL = Pattern.compile(
            "(?:Invités?|Guests?|Gäste|Invitad[oa]s?|Ospiti|Gasten|Convidad[oa]s?)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Guests listed after the host's verb. */
    List<Person> fromClause(String clause) {
        List<Person> guests = new ArrayList<>();
        if (clause == null || clause.isBlank()) {
            return guests;
        }
        String list = TRAILING_CLAUSE.matcher(clause.strip()).replaceFirst("");
        Person current = null;
        boolean described = false;
        for (String rawPart : SEPARATORS.split(list)) {
            String part = rawPart.strip().replaceAll("[.;:]+$", "");
            if (part.isEmpty()) {
                continue;
            }
            Matcher parens = NAME_WITH_PARENS.matcher(part);
            if (parens.matches()) {
                current = withDescription(Person.named(parens.group(1)), parens.group(2));
                guests.add(current);
                described = true;
            } else if (Names.isName(part)) {
                current = Person.named(part);
                guests.add(current);
                described = false;
            } else if (current != null && !described) {
                guests.set(guests.size() - 1, withDescription(current, part));
                current = guests.get(guests.size() - 1);
                described = true;
            }
        }
        return guests;
    }

    /** Guests after an "Invités :" / "Guests:" label, when the description has one. */
    List<Person> fromLabel(String description) {
        if (description == null) {
            return List.of();
        }
        Matcher m = GUESTS_LABEL.matcher(description);
        return m.find() ? fromClause(Names.restOfSentence(description, m.end())) : List.of();
    }

    static Person withDescription(Person person, String description) {
        String d = description.strip();
        Matcher org = ORGANIZATION.matcher(d);
        if (org.find()) {
            String role = d.substring(0, org.start()).strip();
            String organization = d.substring(org.end()).strip();
            return new Person(person.name(), role.isEmpty() ? null : role, organization.isEmpty() ? null : organization);
        }
        boolean looksLikeRole = Character.isLowerCase(d.charAt(0)) || Names.isRoleWord(d.split("\\s+")[0]);
        return looksLikeRole ? new Person(person.name(), d, null) : new Person(person.name(), null, d);
    }
}
