package media.pipeline.segment.domain.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;

/**
 * The gazetteer of one episode: the base list plus the episode's host and guests (PERSON), their
 * organizations (ORGANIZATION) and the capitalised names of its description, with the lookup
 * indexes the recognizer needs. Built once per episode; immutable and thread-safe.
 */
public final class EpisodeGazetteer {
    private static final Set<String> ORGANIZATION_CUES = Set.of(
            "chez", "de", "du", "d", "fondateur", "fondatrice", "president", "presidente", "pdg", "ceo",
            "at", "of", "from", "founder", "directeur", "directrice");

    /**
     * Words that make a capitalised run an organisation rather than a person ("Real Betis", "Deutsche Bahn",
     * "Banco Santander", "Radio France"): legal forms and the designators of clubs, banks, groups, schools,
     * public bodies and media, in the seven detected languages. Folded keys.
     */
    private static final Set<String> ORGANIZATION_WORDS = Set.of(
            "real", "club", "fc", "sc", "ac", "as", "sporting", "atletico", "olympique", "borussia", "inter",
            "bank", "banco", "banca", "banque", "banc", "caisse", "credit", "sparkasse", "deutsche", "bahn",
            "group", "groupe", "grupo", "gruppo", "groep", "holding", "company", "compagnie", "compania", "societe",
            "sociedad", "societa", "sociedade", "corporation", "corp", "inc", "ltd", "llc", "sa", "sas", "sarl", "ag",
            "gmbh", "spa", "srl", "bv", "nv", "plc", "university", "universite", "universidad", "universitat",
            "universita", "universiteit", "universidade", "institut", "institute", "instituto", "istituto",
            "fondation", "foundation", "fundacion", "fondazione", "stiftung", "stichting", "fundacao", "ministere",
            "ministry", "ministerio", "ministerium", "ministero", "ministerie", "radio", "television", "tv", "news",
            "media", "press", "presse", "airlines", "airways", "motors", "labs", "technologies", "systems",
            "partners", "ventures", "capital");

    private final List<GazetteerEntry> entries;
    private final List<Alias> aliases;
    private final Map<String, List<Alias>> bySpaced = new HashMap<>();
    private final Map<String, List<Alias>> byJoined = new HashMap<>();
    private final Map<String, List<Alias>> byPhonetic = new HashMap<>();
    private final Set<String> firstKeysOfLongerNames = new HashSet<>();

    private EpisodeGazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        Tokenizer tokenizer = new Tokenizer();
        List<Alias> all = new ArrayList<>();
        for (GazetteerEntry entry : this.entries) {
            for (String text : entry.aliases()) {
                Alias alias = Alias.of(entry, text, tokenizer);
                if (alias == null) {
                    continue;
                }
                all.add(alias);
                bySpaced.computeIfAbsent(alias.spaced(), k -> new ArrayList<>()).add(alias);
                if (alias.size() >= 2) {
                    firstKeysOfLongerNames.add(alias.tokens().get(0).key());
                }
                if (alias.joined().length() >= 3) {
                    byJoined.computeIfAbsent(alias.joined(), k -> new ArrayList<>()).add(alias);
                }
                if (alias.phonetic().length() >= 5) {
                    byPhonetic.computeIfAbsent(alias.phonetic(), k -> new ArrayList<>()).add(alias);
                }
            }
        }
        this.aliases = List.copyOf(all);
    }

    /** The base list plus what the metadata tells about this episode; metadata may be null. */
    public static EpisodeGazetteer of(Gazetteer base, EpisodeMetadata metadata) {
        if (base == null) {
            throw new IllegalArgumentException("base gazetteer is required");
        }
        Map<String, GazetteerEntry> byName = new LinkedHashMap<>();
        for (GazetteerEntry entry : base.entries()) {
            byName.putIfAbsent(Text.key(entry.name()) + "/" + entry.type(), entry);
        }
        if (metadata != null) {
            List<Person> people = new ArrayList<>();
            if (metadata.host() != null && !metadata.host().isBlank()) {
                people.add(Person.named(metadata.host()));
            }
            people.addAll(metadata.guests());
            for (Person person : people) {
                promote(byName, person.name().strip(), EntityType.PERSON);
                if (person.organization() != null && !person.organization().isBlank()) {
                    promote(byName, person.organization().strip(), EntityType.ORGANIZATION);
                }
            }
            addDescriptionNames(byName, metadata.description());
        }
        return new EpisodeGazetteer(new ArrayList<>(byName.values()));
    }

    List<GazetteerEntry> entries() {
        return entries;
    }

    List<Alias> aliases() {
        return aliases;
    }

    List<Alias> bySpaced(String key) {
        return bySpaced.getOrDefault(key, List.of());
    }

    /** Whether a name of two words or more starts with a word of this key (a cheap test before building its key). */
    boolean startsLongerName(String firstWordKey) {
        return firstKeysOfLongerNames.contains(firstWordKey);
    }

    List<Alias> byJoined(String key) {
        return byJoined.getOrDefault(key, List.of());
    }

    List<Alias> byPhonetic(String key) {
        return byPhonetic.getOrDefault(key, List.of());
    }

    /** Host and guests. */
    List<GazetteerEntry> episodePersons() {
        return entries.stream()
                .filter(e -> e.source() == GazetteerEntry.Source.EPISODE && e.type() == EntityType.PERSON)
                .toList();
    }

    /** Makes an entity of the metadata an EPISODE entry, reusing a base entry of the same name. */
    private static void promote(Map<String, GazetteerEntry> byName, String name, EntityType type) {
        String nameKey = Text.key(name);
        if (nameKey.isEmpty()) {
            return;
        }
        for (Map.Entry<String, GazetteerEntry> e : byName.entrySet()) {
            GazetteerEntry entry = e.getValue();
            if (entry.type() == type && entry.aliases().stream().anyMatch(a -> Text.key(a).equals(nameKey))) {
                e.setValue(entry.withSource(GazetteerEntry.Source.EPISODE));
                return;
            }
        }
        byName.put(nameKey + "/" + type,
                new GazetteerEntry(name, type, List.of(name), false, Set.of(), GazetteerEntry.Source.EPISODE));
    }

    /**
     * Capitalised names of the description that the list does not know (nor holds as part of a longer name):
     * runs of 2-3 title-case words become PERSON, or ORGANIZATION when one of them is an organisation word
     * ("Real Betis", "Radio Nacional"); a single word after an organization cue ("chez", "fondateur de", "at")
     * becomes ORGANIZATION. They are matched exactly only, since the guess of type is rough.
     */
    private static void addDescriptionNames(Map<String, GazetteerEntry> byName, String description) {
        if (description == null || description.isBlank()) {
            return;
        }
        StopWords stop = StopWords.shared();
        List<Token> tokens = new Tokenizer().tokens(description);
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && nameWord(tokens.get(j), stop)
                    && (j == i || adjacent(description, tokens.get(j - 1), tokens.get(j))) && j - i < 4) {
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            List<Token> run = tokens.subList(i, j);
            String name = description.substring(run.get(0).start(), run.get(run.size() - 1).end());
            String key = Text.key(name);
            // known, or words of a known name ("Sevilla" of the guest's "Universidad de Sevilla")
            String words = " " + String.join(" ", run.stream().map(Token::key).toList()) + " ";
            boolean known = byName.values().stream().anyMatch(e -> e.aliases().stream()
                    .anyMatch(a -> Text.key(a).equals(key) || wordKeys(a).contains(words)));
            String previous = i > 0 ? tokens.get(i - 1).key() : "";
            if (!known && !run.get(0).sentenceInitial()) {
                if (run.size() >= 2 && run.size() <= 3 && run.stream().allMatch(EpisodeGazetteer::titleCase)) {
                    EntityType type = run.stream().anyMatch(t -> ORGANIZATION_WORDS.contains(t.key()))
                            ? EntityType.ORGANIZATION : EntityType.PERSON;
                    byName.putIfAbsent(key + "/" + type, descriptionEntry(name, type));
                } else if (run.size() <= 2 && ORGANIZATION_CUES.contains(previous)) {
                    byName.putIfAbsent(key + "/" + EntityType.ORGANIZATION,
                            descriptionEntry(name, EntityType.ORGANIZATION));
                }
            }
            i = j;
        }
    }

    /** " w1 w2 ... ": the keys of a name's words, space-separated and padded. */
    private static String wordKeys(String name) {
        StringBuilder b = new StringBuilder(" ");
        for (String w : name.split("[\\s\\-'’]+")) {
            String k = Text.key(w);
            if (!k.isEmpty()) {
                b.append(k).append(' ');
            }
        }
        return b.toString();
    }

    private static GazetteerEntry descriptionEntry(String name, EntityType type) {
        return new GazetteerEntry(name, type, List.of(name), false, Set.of(), GazetteerEntry.Source.DESCRIPTION);
    }

    private static boolean nameWord(Token t, StopWords stop) {
        return t.capitalised() && Text.hasLetter(t.text()) && !stop.isStop(t.text()) && t.key().length() >= 2;
    }

    private static boolean titleCase(Token t) {
        String s = t.text();
        if (!Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int k = 1; k < s.length(); k++) {
            if (!Character.isLowerCase(s.charAt(k))) {
                return false;
            }
        }
        return s.length() >= 2;
    }

    private static boolean adjacent(String text, Token a, Token b) {
        return text.substring(a.end(), b.start()).isBlank();
    }
}
