package media.pipeline.ingest.domain;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's relative age, French or English: "il y a 3 mois", "il y a un an", "3 months ago", "1 year ago",
 * "hier" / "yesterday". Ages below a day are {@link Period#ZERO}. The whole text must be the age (an
 * optional "Publié"/"Posted" before it), so a sentence that merely contains "il y a 3 jours" is no age line.
 */
final class RelativeAgeParser {
    private static final String UNIT_FR = "(secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)";
    private static final String UNIT_EN = "(seconds?|minutes?|hours?|days?|weeks?|months?|years?)";
    private static final Pattern FRENCH = Pattern.compile(
            "^(?:(?:publiée?|mise? en ligne)\\s+)?il y a\\s+(\\d+|une?)\\s+" + UNIT_FR + "\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ENGLISH = Pattern.compile(
            "^(?:(?:posted|published|uploaded)\\s+)?(\\d+|an?|one)\\s+" + UNIT_EN + "\\s+ago\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YESTERDAY = Pattern.compile("^(?:hier|yesterday)$", Pattern.CASE_INSENSITIVE);

    Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (YESTERDAY.matcher(t).matches()) {
            return Optional.of(Period.ofDays(1));
        }
        Matcher m = FRENCH.matcher(t);
        if (!m.matches()) {
            m = ENGLISH.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        String amount = m.group(1).toLowerCase(Locale.ROOT);
        int n = Character.isDigit(amount.charAt(0)) ? Integer.parseInt(amount) : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        return Optional.of(switch (unit.charAt(0)) {
            case 'j', 'd' -> Period.ofDays(n);
            case 's', 'w' -> unit.startsWith("sem") || unit.startsWith("week") ? Period.ofWeeks(n) : Period.ZERO;
            case 'm' -> unit.startsWith("mois") || unit.startsWith("month") ? Period.ofMonths(n) : Period.ZERO;
            case 'a', 'y' -> Period.ofYears(n);
            default -> Period.ZERO; // heures / hours
        });
    }
}
