package media.pipeline.publish.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.contracts.Sentence;

/**
 * A hand-built episode of a French TV tech show, as segment-service would enrich it: an intro, three
 * topics and an outro, with greetings, fillers, questions, ASR misspellings of names ("Octave
 * Claba") and a name that is not an entity ("Michel Paulin").
 */
final class FrenchTechShow {
    static final String HOST = "Claire Dumas";

    private FrenchTechShow() {
    }

    static EntityMention entity(String name, EntityType type, int mentions, String... forms) {
        return new EntityMention(name, type, mentions, List.of(forms));
    }

    /** Sentences spread evenly over [start, end), alternating host and guest. */
    static List<Sentence> sentences(double start, double end, String... texts) {
        List<Sentence> out = new ArrayList<>();
        double step = (end - start) / Math.max(1, texts.length);
        for (int i = 0; i < texts.length; i++) {
            out.add(new Sentence(start + i * step, start + (i + 1) * step, i % 2 == 0 ? HOST : "Invité", texts[i]));
        }
        return out;
    }

    static Segment intro() {
        return new Segment(0, 0, 95, "INTRO", sentences(0, 95,
                "Bonsoir à tous et bienvenue dans Tech Hebdo.",
                "Euh, ce soir au programme, le retour d'Octave Claba à la tête d'OVHcloud.",
                "On parlera aussi de la levée de fonds record de Mistral AI.",
                "Et enfin, le règlement européen sur l'intelligence artificielle entre en application.",
                "Restez avec nous."),
                List.of("retour", "levée de fonds", "intelligence artificielle"),
                List.of(entity("OVHcloud", EntityType.ORGANIZATION, 1, "OVHcloud"),
                        entity("Octave Klaba", EntityType.PERSON, 1, "Octave Claba"),
                        entity("Mistral AI", EntityType.ORGANIZATION, 1, "Mistral AI"),
                        entity(HOST, EntityType.PERSON, 1, HOST)),
                List.of(HOST), "fr");
    }

    static Segment ovhcloud() {
        return new Segment(1, 95, 410, "TOPIC", sentences(95, 410,
                "Alors, premier sujet : OVHcloud.",
                "Octave Claba reprend la direction générale d'OVH Cloud, trois ans après avoir laissé sa place à Michel Paulin.",
                "Merci d'être avec nous ce soir.",
                "Le fondateur du groupe roubaisien revient aux commandes alors que l'action a perdu près de la moitié de sa valeur depuis l'introduction en bourse.",
                "Euh, voilà, c'est un changement important pour le cloud européen.",
                "Est-ce que c'est une bonne nouvelle pour les clients ?",
                "L'entreprise mise désormais sur le cloud souverain et sur l'intelligence artificielle pour relancer sa croissance.",
                "Pour les clients, la priorité reste la stabilité des prix et la qualité du support.",
                "Oui, absolument.",
                "Claba veut aussi accélérer l'ouverture de centres de données en Europe."),
                List.of("direction générale", "cloud souverain", "action", "centres de données"),
                List.of(entity("OVHcloud", EntityType.ORGANIZATION, 4, "OVHcloud", "OVH Cloud", "OVH"),
                        entity("Octave Klaba", EntityType.PERSON, 3, "Octave Claba", "Claba"),
                        entity("Europe", EntityType.PLACE, 1, "Europe")),
                List.of(HOST, "Invité"), "fr");
    }

    static Segment mistral() {
        return new Segment(2, 410, 700, "TOPIC", sentences(410, 700,
                "On passe maintenant à Mistral AI.",
                "La start-up parisienne d'Arthur Mensch vient de lever six cents millions d'euros pour entraîner ses modèles de langage.",
                "Bah, c'est une belle histoire, hein.",
                "Son assistant Le Chat revendique déjà plusieurs millions d'utilisateurs en France.",
                "Face à OpenAI et Google, Mistral joue la carte des modèles ouverts et de la souveraineté.",
                "Cette levée de fonds valorise l'entreprise à près de six milliards d'euros.",
                "Merci beaucoup."),
                List.of("levée de fonds", "modèles de langage", "modèles ouverts", "souveraineté"),
                List.of(entity("Mistral AI", EntityType.ORGANIZATION, 3, "Mistral AI", "Mistral"),
                        entity("Arthur Mensch", EntityType.PERSON, 1, "Arthur Mensch"),
                        entity("Le Chat", EntityType.PRODUCT, 1, "Le Chat"),
                        entity("OpenAI", EntityType.ORGANIZATION, 1, "OpenAI"),
                        entity("Google", EntityType.ORGANIZATION, 1, "Google"),
                        entity("France", EntityType.PLACE, 1, "France")),
                List.of(HOST, "Invité"), "fr");
    }

    static Segment aiAct() {
        return new Segment(3, 700, 990, "TOPIC", sentences(700, 990,
                "Troisième sujet, le règlement européen sur l'intelligence artificielle, l'AI Act.",
                "Depuis le 2 février, les systèmes d'IA jugés à risque inacceptable sont interdits dans l'Union européenne.",
                "Les entreprises doivent aussi former leurs salariés à l'usage de ces outils.",
                "La Commission européenne peut infliger des amendes allant jusqu'à sept pour cent du chiffre d'affaires mondial.",
                "C'est énorme, hein."),
                List.of("règlement", "intelligence artificielle", "IA", "amendes"),
                List.of(entity("AI Act", EntityType.PRODUCT, 2, "AI Act"),
                        entity("Commission européenne", EntityType.ORGANIZATION, 1, "Commission européenne"),
                        entity("Union européenne", EntityType.PLACE, 1, "Union européenne")),
                List.of(HOST, "Invité"), "fr");
    }

    static Segment outro() {
        return new Segment(4, 990, 1020, "OUTRO", sentences(990, 1020,
                "C'est la fin de cette émission.",
                "La semaine prochaine, nous parlerons de la cybersécurité des hôpitaux avec une spécialiste.",
                "Merci à tous et bonne soirée."),
                List.of("cybersécurité", "hôpitaux"),
                List.of(),
                List.of(HOST), "fr");
    }

    static List<Segment> segments() {
        return List.of(intro(), ovhcloud(), mistral(), aiAct(), outro());
    }

    static SegmentsEnriched episode(List<Segment> segments) {
        EpisodeMetadata meta = new EpisodeMetadata("Tech Hebdo", "Tech Hebdo du 14 mars", LocalDate.of(2025, 3, 14),
                HOST, List.of(new Person("Julie Bernard", "journaliste", "Tech Hebdo")),
                List.of("OVHcloud", "Mistral AI", "AI Act"), "Le magazine de la tech", "fr", 1020);
        return new SegmentsEnriched("evt-1", "ep-2025-03-14", "fr", meta, segments, Instant.parse("2025-03-14T21:00:00Z"));
    }

    static SegmentsEnriched episode() {
        return episode(segments());
    }
}
