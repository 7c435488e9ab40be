package media.pipeline.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript copied from a video page (French or English interface):
 *
 * <pre>
 * - il y a 3 mois                      relative age ("3 months ago")
 * Ce mardi 21 octobre, X a reçu ...    description paragraph
 * Catégorie                            category heading ("Category")
 * 📺                                   decoration
 * TVTranscription                      category value glued to the "Transcription"/"Transcript" label
 * 00:01Tech &amp; Co, la quotidienne...     cue lines: [H:]MM:SS glued to or spaced from the text
 * 26:12évidemment sur YouTube.
 * Commentaires                         comments block ("Comments"): ignored with all that follows
 * </pre>
 *
 * Navigation lines ("Passer au player", "Skip to player"...) and blank lines are skipped anywhere. A line
 * without a timestamp inside the transcript continues the previous cue; a cue line with only a timestamp
 * takes its text from the next line. Cues have no end: {@link CueTimingRepair} derives it.
 */
final class PageTranscriptParser implements FormatParser {
    /** Page clock: no fraction, seconds exactly two digits, so "01:0220 ans" is 01:02 + "20 ans". */
    /**
     * A time, then the text: glued ({@code 0:01Ce soir}) or after spaces, a tab or a separator ({@code 00:01 - Hello});
     * the time may carry milliseconds when a space follows them ({@code 00:00:01.500 Hello}, {@code 00:00:01,000 Hello}),
     * never a shorter fraction ({@code 0:03,5 millions} is glued text).
     */
    static final Pattern CUE_LINE = Pattern.compile(
            "^\\s*((?:\\d{1,2}:)?\\d{1,3}:[0-5]\\d(?:[.,]\\d{3}(?=\\s|$))?)\\s*(?:[-–—|:]\\s+)?(.*)$");
    /** The transcript's label, in the seven detected languages ("Transkript", "Transcripción", "Trascrizione"...). */
    private static final Pattern LABEL = Pattern.compile(
            "^(.*?)(?:Transcription|Transcriptie|Transcript|Transkript(?:ion)?|Transcripción|Trascrizione|Transcrição)"
                    + "\\s*:?\\s*(.*)$");
    private static final Pattern NAVIGATION = Pattern.compile(
            "^(?:passer au (?:player|lecteur|contenu)|skip to (?:player|content|main content)|aller au contenu)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CATEGORY = Pattern.compile(
            "^(?:Catégories?|Categor(?:y|ies)|Kategorien?|Categorías?|Categori[ae]|Categorieën|Categorias?)"
                    + "\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMENTS = Pattern.compile(
            "^(?:\\d+\\s+)?(?:commentaires?|comments?|kommentare?|comentarios?|comment[oi]|reacties?|comentários?)"
                    + "(?:\\s*\\(\\d+\\))?\\s*:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GLUED_COMMENTS = Pattern.compile(
            "^(.*\\S)(?:Commentaires|Comments|Kommentare|Comentarios|Commenti|Reacties|Comentários)$");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern LEADING_BULLET = Pattern.compile("^[-–—•·*]\\s*");

    private final RelativeAgeParser ageParser;

    PageTranscriptParser(RelativeAgeParser ageParser) {
        if (ageParser == null) {
            throw new IllegalArgumentException("ageParser is required");
        }
        this.ageParser = ageParser;
    }

    @Override
    public ParseResult parse(String text) {
        String[] lines = text.split("\n", -1);
        int lastNonBlank = lastNonBlank(lines);
        List<String> warnings = new ArrayList<>();
        Start start = findStart(lines);
        PageHeader header = readHeader(lines, start);

        List<TimedLine> cues = new ArrayList<>();
        int firstIndex = start.firstCueLine;
        for (int i = firstIndex; i >= 0 && i < lines.length; i++) {
            String line = i == firstIndex && start.firstCueText != null ? start.firstCueText : lines[i].strip();
            if (line.isEmpty() || NAVIGATION.matcher(line).matches()) {
                continue;
            }
            if (COMMENTS.matcher(line).matches()) {
                break;
            }
            boolean last = i == lastNonBlank;
            Matcher glued = last ? GLUED_COMMENTS.matcher(line) : null;
            if (glued != null && glued.matches()) {
                line = glued.group(1);
            }
            Matcher cue = CUE_LINE.matcher(line);
            double seconds = cue.matches() ? clock(cue.group(1)) : Double.NaN;
            if (!Double.isNaN(seconds)) {
                cues.add(TimedLine.open(seconds, null, cue.group(2).strip()));
            } else if (!cues.isEmpty()) {
                TimedLine previous = cues.get(cues.size() - 1);
                cues.set(cues.size() - 1, previous.withText(join(previous.text(), line)));
            } else {
                warnings.add("page line " + (i + 1) + " before the first timestamp ignored");
            }
            if (glued != null && glued.matches()) {
                break;
            }
        }
        List<TimedLine> kept = new ArrayList<>(cues.size());
        int emptyCues = 0;
        for (TimedLine cue : cues) {
            if (cue.text().isBlank()) {
                emptyCues++;
            } else {
                kept.add(cue);
            }
        }
        if (emptyCues > 0) {
            warnings.add(emptyCues + " page timestamps without text dropped");
        }
        return new ParseResult(kept, List.of(), warnings, false, header);
    }

    /** Where the cues begin: after the transcript label, or at the first timestamped line. */
    private record Start(int firstCueLine, String firstCueText, int labelLine, String category) {
    }

    private static Start findStart(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (isCueLine(line)) {
                return new Start(i, null, -1, null);
            }
            Matcher label = LABEL.matcher(line);
            if (label.matches() && isLabelPrefix(label.group(1))) {
                String category = label.group(1).strip().isEmpty() ? null : label.group(1).strip();
                String rest = label.group(2).strip();
                if (rest.isEmpty()) {
                    return new Start(i + 1, null, i, category);
                }
                if (isCueLine(rest)) {
                    return new Start(i, rest, i, category);
                }
            }
        }
        return new Start(-1, null, -1, null);
    }

    /** What may precede the label on its line: nothing, or a short category value like "TV" or "News". */
    private static boolean isLabelPrefix(String prefix) {
        String p = prefix.strip();
        return p.isEmpty() || (p.length() <= 30 && !p.contains(".") && p.split("\\s+").length <= 3);
    }

    private static boolean isCueLine(String line) {
        Matcher m = CUE_LINE.matcher(line);
        return m.matches() && !Double.isNaN(clock(m.group(1)));
    }

    private PageHeader readHeader(String[] lines, Start start) {
        int end = start.labelLine >= 0 ? start.labelLine : Math.max(start.firstCueLine, 0);
        if (start.firstCueLine < 0) {
            end = lines.length;
        }
        String age = null;
        String description = null;
        String category = start.category;
        boolean categoryHeading = false;
        for (int i = 0; i < end; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || NAVIGATION.matcher(line).matches() || !LETTER_OR_DIGIT.matcher(line).find()) {
                continue;
            }
            String unbulleted = LEADING_BULLET.matcher(line).replaceFirst("");
            if (age == null && unbulleted.length() <= 40 && ageParser.parse(unbulleted).isPresent()) {
                age = unbulleted;
                continue;
            }
            Matcher cat = CATEGORY.matcher(line);
            if (cat.matches()) {
                categoryHeading = true;
                if (!cat.group(1).isBlank() && category == null) {
                    category = cat.group(1).strip();
                }
                continue;
            }
            if (categoryHeading && category == null && line.length() <= 30 && !line.contains(".")) {
                category = line;
                continue;
            }
            if (description == null || line.length() > description.length()) {
                description = line;
            }
        }
        return new PageHeader(age, description, category);
    }

    private static double clock(String clock) {
        try {
            return Timecodes.seconds(clock);
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }

    private static int lastNonBlank(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + " " + b;
    }
}
