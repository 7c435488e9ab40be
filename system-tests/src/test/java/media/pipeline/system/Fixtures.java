package media.pipeline.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test transcripts: the files under {@code fixtures/} and generated ones. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Topic paragraphs the generated episodes are made of (one story each, several sentences). */
    static final List<List<String>> STORIES = List.of(
            List.of("The central bank kept its interest rate unchanged at four percent this morning.",
                    "Its governor said inflation is falling but wages are still rising quickly.",
                    "Markets had expected a cut before the end of the year and the currency rose after the announcement.",
                    "Economists now think the first cut will come in the spring.",
                    "Mortgage lenders said they will keep their rates where they are for the moment."),
            List.of("A new high speed rail line between the two largest cities opened on Saturday.",
                    "The journey now takes ninety minutes instead of almost three hours.",
                    "Tickets for the first week sold out within a day, the rail operator said.",
                    "Airlines have already reduced the number of flights on the same route.",
                    "Environmental groups welcomed the line but criticised the price of the tickets."),
            List.of("The football club announced the signing of a young striker from the Brazilian league.",
                    "The transfer fee is reported to be around forty million euros.",
                    "The coach said the player will need a few months to adapt to the European game.",
                    "Supporters gathered outside the stadium to welcome him on Sunday evening.",
                    "The club hopes his goals will bring it back into the Champions League."),
            List.of("Researchers at the university published a study on sleep and memory in teenagers.",
                    "Students who slept less than seven hours remembered far fewer words the next day.",
                    "The authors recommend that schools start classes later in the morning.",
                    "Several head teachers said that timetables are hard to change because of school buses.",
                    "The ministry of education will review the study before the next school year."),
            List.of("A severe storm crossed the northern coast during the night with winds above one hundred kilometres per hour.",
                    "Thousands of homes lost electricity and several roads were blocked by fallen trees.",
                    "Ferries between the islands were cancelled until Tuesday.",
                    "Emergency services rescued two fishermen whose boat lost its engine near the harbour.",
                    "Forecasters expect calmer weather from Wednesday."),
            List.of("The software company released a new version of its open source database.",
                    "The update promises faster queries on large tables and better support for vector search.",
                    "Developers can upgrade without downtime thanks to a new replication mode.",
                    "The company also changed its licence, which worried some contributors.",
                    "Cloud providers said they will offer the new version within a month."),
            List.of("The national museum opened an exhibition about the painters of the nineteenth century.",
                    "More than two hundred works are on display, many of them lent by private collectors.",
                    "The curator explained that some paintings have never been shown to the public before.",
                    "Visitors can book evening tours on Thursdays and Fridays.",
                    "The exhibition will travel to three other cities next year."),
            List.of("Farmers protested in the capital against the new rules on pesticides.",
                    "Hundreds of tractors blocked the ring road for most of the afternoon.",
                    "The farmers say the rules are stricter than in neighbouring countries and hurt their income.",
                    "The agriculture minister agreed to meet their representatives next week.",
                    "Consumer groups support the rules and point to studies on water quality."));

    static final String[] FORMATS = {"srt", "webvtt", "speaker", "plain"};

    /** A unique episode of three stories in one of the four formats; returns {content type, body}. */
    static String[] generated(int n, String format) {
        List<String> sentences = new ArrayList<>();
        sentences.add("Good evening, this is news bulletin number " + n + " and here are tonight's main stories.");
        for (int k = 0; k < 3; k++) {
            sentences.addAll(STORIES.get((n + k * 3) % STORIES.size()));
        }
        sentences.add("That was bulletin number " + n + ". Thank you for listening and good night.");
        return switch (format) {
            case "srt" -> new String[] {"application/x-subrip", srt(sentences)};
            case "webvtt" -> new String[] {"text/vtt", vtt(sentences)};
            case "speaker" -> new String[] {"text/plain", speaker(sentences)};
            default -> new String[] {"text/plain", String.join(" ", sentences)};
        };
    }

    static String srt(List<String> cues) {
        StringBuilder b = new StringBuilder();
        double t = 0;
        for (int i = 0; i < cues.size(); i++) {
            b.append(i + 1).append('\n').append(srtTime(t)).append(" --> ").append(srtTime(t + 5.5)).append('\n')
                    .append(cues.get(i)).append("\n\n");
            t += 6;
        }
        return b.toString();
    }

    static String vtt(List<String> cues) {
        StringBuilder b = new StringBuilder("WEBVTT\n\n");
        double t = 0;
        for (String cue : cues) {
            b.append(srtTime(t).replace(',', '.')).append(" --> ").append(srtTime(t + 5.5).replace(',', '.')).append('\n')
                    .append(cue).append("\n\n");
            t += 6;
        }
        return b.toString();
    }

    static String speaker(List<String> cues) {
        StringBuilder b = new StringBuilder();
        int t = 0;
        for (int i = 0; i < cues.size(); i++) {
            if (i % 3 == 0) {
                b.append(i % 2 == 0 ? "Alice Martin :" : "Robert Klein :").append('\n');
            }
            b.append('[').append(t / 60).append(':').append(String.format(Locale.ROOT, "%02d", t % 60)).append("] ")
                    .append(cues.get(i)).append('\n');
            t += 6;
        }
        return b.toString();
    }

    static String srtTime(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", ms / 3_600_000, (ms / 60_000) % 60, (ms / 1000) % 60, ms % 1000);
    }
}
