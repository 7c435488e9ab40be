package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topics announced in a description: the list after "Ils sont revenus sur", "Ils ont parlé de",
 * "Au menu :", "They discussed", "They talked about", "On the agenda:" (and the commonest Spanish, German,
 * Italian, Dutch and Portuguese lead-ins: "hablamos de", "es geht um", "si parla di", "het gaat over",
 * "falamos de"...) up to the end of the sentence, without a trailing "dans l'émission ..." / "on the show
 * ..." clause.
 *
 * <p>The list is split at commas and semicolons outside quotes and brackets; a final "and" of the lead-in's
 * language ("et", "and", "y", "und", "e", "en") without a comma before it also separates the last two items. An item that is an apposition (an article and a job
 * title, "le fondateur d'OVHcloud", "the CEO of X") right after an item ending with a proper noun
 * describes that noun and is joined back to it. "du X"/"des X" at the start become "le X"/"les X".
 */
final class TopicExtractor {
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?:(?<fr>\\b(?:ils|elles|on)\\s+(?:sont|est|se sont|s['’]est)\\s+(?:revenue?s?|penchée?s?|intéressée?s?|attardée?s?)\\s+sur"
                    + "|\\b(?:ils|elles|on)\\s+(?:ont|a)\\s+(?:parlé|discuté|débattu|évoqué|abordé|analysé|décrypté|commenté)(?:\\s+(?=du\\s|des\\s)|\\s+de\\s+|\\s+d['’])?"
                    + "|\\bau (?:menu|programme)(?: de (?:l['’]émission|ce numéro|l['’]épisode))?\\s*:"
                    + "|\\bthèmes? abordés?\\s*:)"
                    + "|(?<en>\\b(?:they|we|the panel|the guests)\\s+(?:discussed|talked about|looked at|covered|debated|went over|touched on|discuss|talk about|look at|cover|debate)"
                    + "|\\bon the (?:menu|agenda)\\s*:|\\btopics?\\s*:)"
                    // the commonest lead-ins of the other languages ingest-service detects
                    + "|(?<es>\\b(?:hablamos|hablaron|hablan|se habló)\\s+(?:sobre\\s+|(?=del?\\s))|\\ben el programa\\s*:|\\btemas\\s*:)"
                    + "|(?<de>\\bes geht um\\s+|\\b(?:wir|sie) sprechen über\\s+|\\bim programm\\s*:|\\bthemen\\s*:)"
                    + "|(?<it>\\b(?:si parla|parliamo|hanno parlato)\\s+(?=d(?:i|el|ello|ella|ell['’]|ei|egli|elle)\\b)|\\bin programma\\s*:|\\b(?:argomenti|temi)\\s*:)"
                    + "|(?<nl>\\bhet gaat over\\s+|\\b(?:we|ze) praten over\\s+|\\bop het programma\\s*:|\\bonderwerpen\\s*:)"
                    + "|(?<pt>\\b(?:falamos|falaram)\\s+(?:sobre\\s+|(?=d[aeo]s?\\s))|\\bem destaque\\s*:|\\bno programa\\s*:))\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "of the X" at the head of a Spanish, Italian or Portuguese topic, as "the X" ("del tren": "el tren"). */
    private static final java.util.Map<String, List<String[]>> CONTRACTIONS = java.util.Map.of(
            "es", List.of(new String[] {"^del\\s+", "el "}, new String[] {"^de\\s+", ""}),
            "it", List.of(new String[] {"^del\\s+", "il "}, new String[] {"^dello\\s+", "lo "},
                    new String[] {"^della\\s+", "la "}, new String[] {"^dell['’]", "l'"}, new String[] {"^dei\\s+", "i "},
                    new String[] {"^degli\\s+", "gli "}, new String[] {"^delle\\s+", "le "}, new String[] {"^di\\s+", ""}),
            "pt", List.of(new String[] {"^do\\s+", "o "}, new String[] {"^da\\s+", "a "}, new String[] {"^dos\\s+", "os "},
                    new String[] {"^das\\s+", "as "}, new String[] {"^de\\s+", ""}));
    /** The word for "and" of each lead-in's language: it separates the last two topics. */
    private static final java.util.Map<String, String> AND = java.util.Map.of(
            "fr", "et", "en", "and", "es", "y|e", "de", "und", "it", "e|ed", "nl", "en", "pt", "e");
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            "(?:,\\s*|\\s+)(?:dans l['’]émission|dans le cadre de|dans cet épisode|dans ce numéro|on the show|in the show|"
                    + "on today's show|in this episode|in today's episode|en el programa|en este (?:programa|episodio)|"
                    + "in der Sendung|in dieser (?:Sendung|Folge)|nel programma|in questa puntata|in het programma|"
                    + "in deze (?:uitzending|aflevering)|no programa|neste (?:programa|episódio))\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern APPOSITION = Pattern.compile(
            "^(?:le|la|l['’]|les|son|sa|ses|leur|the|its|his|her|their)\\s*([\\p{L}-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS_WITH_PROPER_NOUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]*[\"»”]?$");

    List<String> extract(String description) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        Matcher lead = LEAD_IN.matcher(description);
        if (!lead.find()) {
            return List.of();
        }
        String list = Names.restOfSentence(description, lead.end()).strip();
        list = TRAILING_CLAUSE.matcher(list).replaceFirst("").strip();
        String language = AND.keySet().stream().filter(l -> lead.group(l) != null).findFirst().orElse("en");
        String and = AND.get(language);
        Pattern leadingConjunction = Pattern.compile("^(?:" + and + ")\\s+", Pattern.CASE_INSENSITIVE);
        Pattern finalConjunction = Pattern.compile("\\s+(?:" + and + ")\\s+(?!.*\\s(?:" + and + ")\\s)");
        String leadText = lead.group().strip().toLowerCase(java.util.Locale.ROOT);
        boolean deList = language.equals("fr") && (leadText.endsWith(" de") || leadText.endsWith("d'")
                || leadText.endsWith("d’") || list.startsWith("du ") || list.startsWith("des "));
        List<String> items = splitOutsideQuotes(list);
        if (!items.isEmpty()) {
            String last = items.get(items.size() - 1);
            boolean oxford = leadingConjunction.matcher(last).find();
            Matcher conj = finalConjunction.matcher(last);
            if (!oxford && conj.find()) {
                items.set(items.size() - 1, last.substring(0, conj.start()));
                items.add(last.substring(conj.end()));
            }
        }
        List<String> topics = new ArrayList<>();
        for (String raw : items) {
            String item = leadingConjunction.matcher(raw.strip()).replaceFirst("").strip();
            for (String[] c : CONTRACTIONS.getOrDefault(language, List.of())) {
                String contracted = item.replaceFirst("(?i)" + c[0], c[1]);
                if (!contracted.equals(item)) {
                    item = contracted;
                    break;
                }
            }
            if (deList) {
                item = item.replaceFirst("^du\\s+", "le ").replaceFirst("^des\\s+", "les ")
                        .replaceFirst("^(?:de\\s+|d['’])", "");
            }
            if (item.isEmpty()) {
                continue;
            }
            Matcher appo = APPOSITION.matcher(item);
            if (!topics.isEmpty() && appo.find() && Names.isRoleWord(appo.group(1))
                    && ENDS_WITH_PROPER_NOUN.matcher(topics.get(topics.size() - 1)).find()) {
                topics.set(topics.size() - 1, topics.get(topics.size() - 1) + ", " + item);
            } else {
                topics.add(item);
            }
        }
        return topics;
    }

    /** Splits at commas and semicolons that are not inside quotes, guillemets or brackets. */
    static List<String> splitOutsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == '«' || c == '“' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '»' || c == '”' || c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if ((c == ',' || c == ';') && depth == 0 && !inQuotes) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        parts.removeIf(String::isBlank);
        return parts;
    }
}
