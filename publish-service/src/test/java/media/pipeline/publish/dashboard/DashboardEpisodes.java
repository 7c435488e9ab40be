package media.pipeline.publish.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import media.pipeline.contracts.Cue;
import media.pipeline.contracts.EntityMention;
import media.pipeline.contracts.EntityType;
import media.pipeline.contracts.EpisodeMetadata;
import media.pipeline.contracts.Person;
import media.pipeline.contracts.Segment;
import media.pipeline.contracts.SegmentsEnriched;
import media.pipeline.contracts.Sentence;
import media.pipeline.contracts.SourceInfo;
import media.pipeline.contracts.TranscriptIngested;

/** Episodes for the dashboard's browser test, as segment-service and ingest-service would emit them. */
final class DashboardEpisodes {
    static final String HOST = "Claire Dumas";
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String IMG = "<img src=x onerror=window.__xss=2>";
    static final String FRENCH_TITLE = "Le retour d'Octave Klaba à la tête d'OVHcloud, Mistral AI lève 600 millions d'euros";
    static final String HOSTILE_TITLE = "Épisode piégé " + SCRIPT + " " + IMG;

    private DashboardEpisodes() {
    }

    /** A French tech show in three chapters: intro, OVHcloud, Mistral AI and the AI Act. */
    static SegmentsEnriched frenchTechShow(String episodeId) {
        Segment intro = new Segment(0, 0, 95, "INTRO", sentences(0, 95,
                "Bonsoir à tous et bienvenue dans Tech Hebdo.",
                "Euh, ce soir au programme, le retour d'Octave Claba à la tête d'OVHcloud.",
                "On parlera aussi de la levée de fonds record de Mistral AI.",
                "Et enfin, le règlement européen sur l'intelligence artificielle entre en application.",
                "Restez avec nous."),
                List.of("retour", "levée de fonds", "intelligence artificielle"),
                List.of(entity("OVHcloud", EntityType.ORGANIZATION, 1, "OVHcloud"),
                        entity("Octave Klaba", EntityType.PERSON, 1, "Octave Claba"),
                        entity("Mistral AI", EntityType.ORGANIZATION, 1, "Mistral AI")),
                List.of(HOST), "fr");
        Segment ovh = new Segment(1, 95, 410, "TOPIC", sentences(95, 410,
                "Alors, premier sujet : OVHcloud.",
                "Octave Claba reprend la direction générale d'OVH Cloud, trois ans après avoir laissé sa place à Michel Paulin.",
                "Le fondateur du groupe roubaisien revient aux commandes alors que l'action a perdu près de la moitié de sa valeur depuis l'introduction en bourse.",
                "Euh, voilà, c'est un changement important pour le cloud européen.",
                "L'entreprise mise désormais sur le cloud souverain et sur l'intelligence artificielle pour relancer sa croissance.",
                "Pour les clients, la priorité reste la stabilité des prix et la qualité du support.",
                "Claba veut aussi accélérer l'ouverture de centres de données en Europe."),
                List.of("direction générale", "cloud souverain", "action", "centres de données"),
                List.of(entity("OVHcloud", EntityType.ORGANIZATION, 4, "OVHcloud", "OVH Cloud", "OVH"),
                        entity("Octave Klaba", EntityType.PERSON, 3, "Octave Claba", "Claba"),
                        entity("Roubaix", EntityType.PLACE, 1, "roubaisien"),
                        entity("Europe", EntityType.PLACE, 1, "Europe")),
                List.of(HOST, "Salime Nassur"), "fr");
        Segment mistral = new Segment(2, 410, 720, "TOPIC", sentences(410, 720,
                "On passe maintenant à Mistral AI.",
                "La start-up parisienne d'Arthur Mensch vient de lever six cents millions d'euros pour entraîner ses modèles de langage.",
                "Bah, c'est une belle histoire, hein.",
                "Son assistant Le Chat revendique déjà plusieurs millions d'utilisateurs en France.",
                "Face à OpenAI et Google, Mistral joue la carte des modèles ouverts et de la souveraineté.",
                "Le règlement européen sur l'IA impose dès cette année des obligations de transparence aux modèles généralistes.",
                "Les fournisseurs devront documenter leurs données d'entraînement et signaler les incidents graves."),
                List.of("levée de fonds", "modèles de langage", "modèles ouverts", "règlement européen", "transparence"),
                List.of(entity("Mistral AI", EntityType.ORGANIZATION, 3, "Mistral AI", "Mistral"),
                        entity("Arthur Mensch", EntityType.PERSON, 1, "Arthur Mensch"),
                        entity("Le Chat", EntityType.PRODUCT, 1, "Le Chat"),
                        entity("OpenAI", EntityType.ORGANIZATION, 1, "OpenAI"),
                        entity("Google", EntityType.ORGANIZATION, 1, "Google"),
                        entity("France", EntityType.PLACE, 1, "France")),
                List.of(HOST, "Clément David"), "fr");
        EpisodeMetadata meta = new EpisodeMetadata("Tech Hebdo", FRENCH_TITLE, LocalDate.of(2025, 10, 21), HOST,
                List.of(new Person("Salime Nassur", "fondateur", "Maars"), new Person("Clément David", "président", "Theodo Cloud")),
                List.of("le retour d'Octave Klaba", "la levée de fonds de Mistral AI", "le règlement européen sur l'IA"),
                "L'actualité de la tech de la semaine.", "fr", 740);
        return new SegmentsEnriched(UUID.randomUUID().toString(), episodeId, "fr", meta, List.of(intro, ovh, mistral), Instant.now());
    }

    /** An episode whose title, sentences, keywords and entities carry markup that must stay text. */
    static SegmentsEnriched hostile(String episodeId) {
        Segment first = new Segment(0, 0, 200, "TOPIC", sentences(0, 200,
                "Ce soir on parle de sécurité " + SCRIPT + " sur les sites de presse.",
                "Une image piégée " + IMG + " peut exécuter du code chez le lecteur.",
                "Les rédactions doivent échapper tout ce qui vient des transcriptions avant affichage.",
                "Le balisage " + SCRIPT + " doit apparaître tel quel, comme du texte."),
                List.of(SCRIPT, IMG, "sécurité"),
                List.of(entity(SCRIPT, EntityType.PRODUCT, 2, IMG, "<b>gras</b>"),
                        entity("ANSSI", EntityType.ORGANIZATION, 1, "Agence nationale de la sécurité des systèmes d'information")),
                List.of(HOST + " " + IMG), "fr");
        Segment second = new Segment(1, 200, 300, "TOPIC", sentences(200, 300,
                "Deuxième sujet : les mises à jour de sécurité des navigateurs " + IMG + ".",
                "Chrome et Firefox corrigent chaque mois des dizaines de failles critiques.",
                "Mettez vos navigateurs à jour dès que possible."),
                List.of("mises à jour", "navigateurs"),
                List.of(entity("Chrome", EntityType.PRODUCT, 1, "Chrome"), entity("Firefox", EntityType.PRODUCT, 1, "Firefox")),
                List.of(HOST), "fr");
        EpisodeMetadata meta = new EpisodeMetadata("Labo sécurité " + IMG, HOSTILE_TITLE, LocalDate.of(2025, 11, 3),
                HOST + " " + SCRIPT, List.of(new Person(IMG, SCRIPT, "<i>org</i>")), List.of(), null, "fr", 300);
        return new SegmentsEnriched(UUID.randomUUID().toString(), episodeId, "fr", meta, List.of(first, second), Instant.now());
    }

    /** An episode that ingest-service has taken in and nothing else has seen yet. */
    static TranscriptIngested ingestedOnly(String episodeId) {
        EpisodeMetadata meta = new EpisodeMetadata("Le Journal de l'éco", "Inflation : la BCE maintient ses taux",
                LocalDate.of(2025, 11, 4), "Hélène Mercier", List.of(), List.of(), null, "fr", 30);
        List<Cue> cues = List.of(new Cue(0, 10, null, "Bonjour, la Banque centrale européenne maintient ses taux directeurs."),
                new Cue(10, 20, null, "L'inflation en zone euro reste proche de deux pour cent."),
                new Cue(20, 30, null, "Les marchés attendent une baisse au printemps."));
        return new TranscriptIngested(UUID.randomUUID().toString(), episodeId, meta, cues,
                new SourceInfo("plain", "2".repeat(64), 160), List.of(), false, List.of(), Instant.now());
    }

    static EntityMention entity(String name, EntityType type, int mentions, String... forms) {
        return new EntityMention(name, type, mentions, List.of(forms));
    }

    /** Sentences spread evenly over [start, end), alternating the host and a guest. */
    static List<Sentence> sentences(double start, double end, String... texts) {
        List<Sentence> out = new ArrayList<>();
        double step = (end - start) / Math.max(1, texts.length);
        for (int i = 0; i < texts.length; i++) {
            out.add(new Sentence(start + i * step, start + (i + 1) * step, i % 2 == 0 ? HOST : "Invité", texts[i]));
        }
        return out;
    }
}
