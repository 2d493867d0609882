"""French for the reader: page markers, agency lines, date lines, sentence ends (data, with examples)."""
from __future__ import annotations

from datetime import date

from ..reading import AgencyWords, DatelineWords, Marker, ReadingWords, SentenceWords
from .timex.lexicon import MONTHS as _MONTHS, WEEKDAYS as _WEEKDAYS

#: Kinds of non-body lines of French news pages: navigation, credits, "lire aussi", boilerplate.
MARKERS: tuple[Marker, ...] = (
    Marker("navigation", r"(?:à lire aussi|a lire aussi|sur le même sujet|les plus lus|les plus partagés|dernières infos"
                         r"|dernières actualités|la rédaction vous conseille|à consulter également)\b",
           ("À lire aussi", "La rédaction vous conseille", "À consulter également"), max_words=8, anywhere=True,
           ends_article=True),
    Marker("navigation", r"(?:aller au contenu|menu|accueil|rechercher|se connecter|connexion|s'abonner|abonnez-vous"
                         r"|newsletter|fermer|agrandir le texte|réduire le texte|ajouter aux favoris|envoyer par email)\b",
           ("Menu", "S'abonner à la Newsletter", "Agrandir le texte"), max_words=6),
    Marker("readmore", r"(?:lire aussi|lire notre dossier|lire la suite|voir aussi|>>)\s*[:|»>–—]?",
           ("Lire aussi : la bataille d'Alep", "Lire notre dossier complet"), max_words=14),
    Marker("credit", r"(?:photo|photos|image|vidéo|video|crédit|infographie|illustration)\s*:",
           ("Photo : AFP/Louai Beshara", "Crédit : Reuters"), max_words=12),
    Marker("boilerplate", r"(?:tous droits réservés|reproduction interdite|politique de confidentialité"
                          r"|mentions légales|nous utilisons des cookies|publicité|code promo|© )",
           ("© L'Express - Tous droits réservés", "Code promo Ouigo", "Publicité"), max_words=40, anywhere=True),
    Marker("boilerplate", r"(?:partager|partagez|tweeter|imprimer|commentaires?|réagir)(?:\s+(?:sur|par|facebook|twitter"
                          r"|whatsapp|e-mail|\d+))*\s*$",
           ("Partager", "Partager sur Facebook", "Commentaires 12"), max_words=10),
)

CREDIT_TAIL = (r"(?:[(\[]\s*(?:photo|image|vidéo)\s*:[^()\[\]]{1,80}[)\]]"
               r"|\s(?:photo|image)\s*:\s*[^.:]{1,80}"
               r"|\((?:AFP|Reuters|AP|Belga|ATS)(?:/[^()]{1,60})?\))\s*$")
CREDIT_MARK = r"(?:photo|photos|image|images|vidéo|video|infographie|illustration|carte)\s*:\s*"

AGENCIES = ("AFP", "Reuters", "AP", "Associated Press", "Belga", "ATS", "MAP", "APS", "Xinhua", "dpa", "ANSA", "EFE",
            "Sana", "SANA")
AGENCY_EXAMPLES = (
    ("(AFP)", ("AFP",)),
    ("Par L'Obs avec AFP", ("AFP",)),
    ("Sources : AFP et Reuters", ("AFP", "Reuters")),
)
AGENCY_FILLERS = frozenset({"agences", "rédaction", "autres", "l'obs", "avec"})

#: Month names and abbreviations as the press prints them ("14 oct.", "14 octobre 2017").
DATE_MONTHS = dict(_MONTHS)
DATE_WEEKDAYS = frozenset(_WEEKDAYS) | frozenset("lun mar mer jeu ven sam dim".split())
DATE_FILLERS = frozenset("le la à a h heures heure gmt utc cet cest mis jour publié publiée modifié modifiée du "
                         "mise".split())
DATE_PREFIXES = (
    (r"(?:publié|publiée|publication|créé|paru)\b(?:\s+le\b)?", 0),
    (r"(?:mis à jour|mise à jour|actualisé|modifié|dernière mise à jour)\b(?:\s+le\b)?", 2),
)
DATELINE_EXAMPLES = (
    ("14 octobre 2017", date(2017, 10, 14)),
    ("samedi 14 octobre 2017", date(2017, 10, 14)),
    ("14/10/2017", date(2017, 10, 14)),
    ("Publié le 14/10/2017 à 10h32", date(2017, 10, 14)),
    ("2017-10-14", date(2017, 10, 14)),
    ("octobre 2017", None),
)

#: Abbreviations whose period never ends a sentence when written capitalised ("M.", "Mme.").
ABBREVIATIONS: frozenset[str] = frozenset("""
m mm mme mmes mlle dr pr me mgr st ste gén col cdt lt cap av bd
janv fév févr avr juil sept oct nov déc lun mar mer jeu ven sam dim
""".split())
LOWER_ABBREVIATIONS: frozenset[str] = frozenset("p.ex etc env cf av apr j.-c vs éd p pp".split())
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset("n no nº art p vol chap".split())
FINAL_ABBREVIATIONS: frozenset[str] = frozenset("etc j.-c".split())
SENTENCE_OPENERS: frozenset[str] = frozenset("""
le la les l un une des il elle ils elles ce cette ces mais et ou si quand alors que lorsque dans en avec par pour de
depuis selon après avant sans cependant toutefois pourtant on nous je
""".split())
SENTENCE_EXAMPLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("M. Morsi a maintenu lundi le décret. Les troubles continuent.",
     ("M. Morsi a maintenu lundi le décret.", "Les troubles continuent.")),
    ("Mme Kane a quitté Damas. Elle a rejoint le Liban.", ("Mme Kane a quitté Damas.", "Elle a rejoint le Liban.")),
    ("La ville fut fondée vers 300 av. J.-C. par les Grecs. Elle prospéra.",
     ("La ville fut fondée vers 300 av. J.-C. par les Grecs.", "Elle prospéra.")),
)

FUNCTION_WORDS: frozenset[str] = frozenset("""
le la les l un une des du de d au aux à en dans par pour sur sous avec sans entre vers chez depuis selon après avant
et ou ni mais donc or car que qu qui quoi dont où si ne pas plus moins très aussi
ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
je tu il elle nous vous ils elles on se me te lui leur y en
est sont était étaient a ont avait avaient été être sera seront fut
""".split())

READING = ReadingWords(
    markers=MARKERS, credit_tail=CREDIT_TAIL, credit_mark=CREDIT_MARK,
    sentences=SentenceWords(ABBREVIATIONS, LOWER_ABBREVIATIONS, NUMBER_ABBREVIATIONS, FINAL_ABBREVIATIONS,
                            SENTENCE_OPENERS, SENTENCE_EXAMPLES),
    datelines=DatelineWords(DATE_MONTHS, DATE_WEEKDAYS, DATE_FILLERS, DATE_PREFIXES, byline="Par ",
                            examples=DATELINE_EXAMPLES),
    agencies=AgencyWords(
        AGENCIES, AGENCY_FILLERS,
        source_line=r"(?:sources?|agences|avec|par)\s*:?\s*(.{1,120})$",
        separators=r"\s*(?:,|/|;|&|\bet\b|\bavec\b)\s*",
        examples=AGENCY_EXAMPLES),
    function_words=FUNCTION_WORDS,
)
