package media.pipeline.ingest.domain;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's relative age, in the seven detected languages: "il y a 3 mois", "il y a un an", "3 months ago",
 * "1 year ago", "vor 3 Monaten", "hace 2 semanas", "3 mesi fa", "2 weken geleden", "há 1 ano", and "hier" /
 * "yesterday" / "gestern" / "ayer" / "ieri" / "gisteren" / "ontem". Ages below a day are {@link Period#ZERO}.
 * The whole text must be the age (an optional "Publié"/"Posted"... before it), so a sentence that merely
 * contains "il y a 3 jours" is no age line.
 */
final class RelativeAgeParser {
    private static final String AMOUNT = "(\\d+|une?|an?|one|einem|einer|una|een|um|uma)";
    private static final String PUBLISHED = "(?:(?:publiée?|mise? en ligne|posted|published|uploaded|veröffentlicht"
            + "|publicad[oa]|pubblicat[oa]|gepubliceerd)\\s+)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Each pattern has the amount in group 1 and the unit in group 2. */
    private static final List<Pattern> AGES = List.of(
            Pattern.compile("^" + PUBLISHED + "il y a\\s+" + AMOUNT
                    + "\\s+(secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)\\.?$", FLAGS),
            Pattern.compile("^" + PUBLISHED + AMOUNT
                    + "\\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\s+ago\\.?$", FLAGS),
            Pattern.compile("^" + PUBLISHED + "vor\\s+" + AMOUNT
                    + "\\s+(sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\\.?$", FLAGS),
            Pattern.compile("^" + PUBLISHED + "hace\\s+" + AMOUNT
                    + "\\s+(segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)\\.?$", FLAGS),
            Pattern.compile("^" + PUBLISHED + AMOUNT
                    + "\\s+(second[oi]|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\\s+fa\\.?$", FLAGS),
            Pattern.compile("^" + PUBLISHED + AMOUNT
                    + "\\s+(seconden?|minuten?|uur|uren|dagen|dag|weken|week|maanden|maand|jaren|jaar)"
                    + "\\s+geleden\\.?$", FLAGS),
            Pattern.compile("^" + PUBLISHED + "há\\s+" + AMOUNT
                    + "\\s+(segundos?|minutos?|horas?|dias?|semanas?|mês|meses|anos?)\\.?$", FLAGS));
    private static final Pattern YESTERDAY = Pattern.compile(
            "^(?:hier|yesterday|gestern|ayer|ieri|gisteren|ontem)$", FLAGS);

    Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (YESTERDAY.matcher(t).matches()) {
            return Optional.of(Period.ofDays(1));
        }
        for (Pattern age : AGES) {
            Matcher m = age.matcher(t);
            if (m.matches()) {
                String amount = m.group(1).toLowerCase(Locale.ROOT);
                int n = Character.isDigit(amount.charAt(0)) ? Integer.parseInt(amount) : 1;
                return Optional.of(period(n, m.group(2).toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /** Days, weeks, months or years by the unit word's head; seconds, minutes and hours are no age. */
    private static Period period(int n, String unit) {
        if (startsWithAny(unit, "jour", "day", "tag", "día", "dia", "giorn", "dag")) {
            return Period.ofDays(n);
        }
        if (startsWithAny(unit, "semaine", "week", "wek", "woche", "semana", "settiman")) {
            return Period.ofWeeks(n);
        }
        if (startsWithAny(unit, "mois", "month", "monat", "mes", "mês", "maand")) {
            return Period.ofMonths(n);
        }
        if (startsWithAny(unit, "an", "year", "jahr", "año", "jaar", "jaren")) {
            return Period.ofYears(n);
        }
        return Period.ZERO;
    }

    private static boolean startsWithAny(String word, String... heads) {
        for (String head : heads) {
            if (word.startsWith(head)) {
                return true;
            }
        }
        return false;
    }
}
