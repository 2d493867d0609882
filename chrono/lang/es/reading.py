"""Spanish for the reader: page markers, agency lines, date lines, sentence ends (data, with examples)."""
from __future__ import annotations

from datetime import date

from ..reading import AgencyWords, DatelineWords, Marker, ReadingWords, SentenceWords
from .timex.lexicon import MONTHS as _MONTHS, WEEKDAYS as _WEEKDAYS

#: Kinds of non-body lines of Spanish news pages: navigation, credits, "lea también", boilerplate.
MARKERS: tuple[Marker, ...] = (
    Marker("navigation", r"(?:más|otras|últimas|principales)\s+(?:noticias|historias|artículos|leídas|vistas)\b",
           ("Más noticias", "Últimas noticias de EFE", "Otras noticias"), max_words=8, anywhere=True, ends_article=True),
    Marker("navigation", r"(?:ir al contenido|saltar al contenido|volver arriba|menú|inicio|portada|buscar|iniciar sesión"
                         r"|suscríbete|regístrate|boletines?|cerrar)\b",
           ("Ir al contenido", "Menú", "Suscríbete"), max_words=4),
    Marker("navigation", r"(?:etiquetas|temas|palabras clave)\s*:?\s", ("Etiquetas: Siria, Raqqa",), max_words=30),
    Marker("readmore", r"(?:lea también|lee también|te puede interesar|relacionado|más información|ver también)\s*[:|»>–—]?",
           ("Lea también: la ofensiva en Raqqa", "Te puede interesar"), max_words=14),
    Marker("credit", r"(?:foto|fotos|fotografía|imagen|vídeo|video|gráfico|ilustración)\s*:",
           ("Foto: EFE/Juan Pérez", "Imagen: Reuters"), max_words=12),
    Marker("boilerplate", r"(?:todos los derechos reservados|prohibida su reproducción|política de privacidad"
                          r"|aviso legal|utilizamos cookies|publicidad)",
           ("© EFE 2017. Todos los derechos reservados.", "Publicidad"), max_words=40, anywhere=True),
    Marker("boilerplate", r"(?:compartir|comparte|tuitear|enviar|imprimir|comentarios?)(?:\s+(?:en|por|facebook|twitter"
                          r"|whatsapp|correo|\d+))*\s*$",
           ("Compartir", "Compartir en Facebook", "Comentarios 12"), max_words=10),
)

CREDIT_TAIL = (r"(?:[(\[]\s*(?:foto|imagen|vídeo)\s*:[^()\[\]]{1,80}[)\]]"
               r"|\s(?:foto|fotografía|imagen)\s*:\s*[^.:]{1,80}"
               r"|\((?:EFE|AFP|Reuters|AP)(?:/[^()]{1,60})?\))\s*$")
CREDIT_MARK = r"(?:foto|fotos|fotografía|imagen|imágenes|vídeo|video|gráfico|ilustración|mapa)\s*:\s*"

AGENCIES = ("EFE", "Europa Press", "AFP", "Reuters", "AP", "dpa", "ANSA", "Xinhua", "Notimex", "Télam", "Prensa Latina",
            "Servimedia", "Colpisa", "Agencia Brasil", "Andina", "ABI", "Associated Press")
AGENCY_EXAMPLES = (
    ("(EFE)", ("EFE",)),
    ("Fuentes: EFE y Europa Press", ("EFE", "Europa Press")),
    ("con información de AFP", ("AFP",)),
)
AGENCY_FILLERS = frozenset({"agencias", "redacción", "otros"})

#: Month names and abbreviations as the press prints them ("14 oct", "14 de octubre de 2017").
DATE_MONTHS = dict(_MONTHS)
DATE_WEEKDAYS = frozenset(_WEEKDAYS) | frozenset("lun mar mié mie jue vie sáb sab dom".split())
DATE_FILLERS = frozenset("de del el a las la en h hrs horas hora gmt utc cet cest local actualizado actualizada "
                         "publicado publicada am pm a.m p.m".split())
DATE_PREFIXES = (
    (r"(?:publicado|publicada|fecha|fecha de publicación|creado)\b(?:\s+el\b)?", 0),
    (r"(?:actualizado|actualizada|última actualización|modificado)\b(?:\s+el\b)?", 2),
)
DATELINE_EXAMPLES = (
    ("14 de octubre de 2017", date(2017, 10, 14)),
    ("sábado, 14 de octubre de 2017", date(2017, 10, 14)),
    ("14/10/2017", date(2017, 10, 14)),
    ("Publicado el 14/10/2017", date(2017, 10, 14)),
    ("2017-10-14", date(2017, 10, 14)),
    ("Domingo 30/01/2011. Actualizado 09:30h.", date(2011, 1, 30)),
    ("martes 12 de julio 2011, actualizada 10:32 am", date(2011, 7, 12)),
    ("octubre de 2017", None),
)

#: Abbreviations whose period never ends a sentence when written capitalised ("Sr.", "Dra.").
ABBREVIATIONS: frozenset[str] = frozenset("""
sr sra srta sres dr dra lic ing prof gral gen cnel tte cap sto sta avda av pza dña dn d
ene feb abr jun jul ago sep sept oct nov dic lun mar mié jue vie sáb dom
""".split())
LOWER_ABBREVIATIONS: frozenset[str] = frozenset("p.ej etc aprox pág págs vol núm tel ej ss cf vs".split())
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset("núm n nº art pág p vol cap".split())
FINAL_ABBREVIATIONS: frozenset[str] = frozenset("ee.uu etc s.a s.l cía".split())
SENTENCE_OPENERS: frozenset[str] = frozenset("""
el la los las un una unos unas él ella ellos ellas este esta estos estas ese esa pero y o si cuando mientras
después antes en con por para de desde según tras sin embargo además también no hay
""".split())
SENTENCE_EXAMPLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("El Sr. Pérez llegó ayer. La reunión empezó.", ("El Sr. Pérez llegó ayer.", "La reunión empezó.")),
    ("Viajó a EE.UU. El viaje duró dos días.", ("Viajó a EE.UU.", "El viaje duró dos días.")),
    ("Dijo: \"Se acabó.\" Luego se fue.", ("Dijo: \"Se acabó.\"", "Luego se fue.")),
)

FUNCTION_WORDS: frozenset[str] = frozenset("""
el la los las lo un una unos unas al del de a en con por para sin sobre entre hasta desde hacia según tras
y e o u ni pero sino que como cuando donde quien quienes cual cuales cuyo si no ya más menos muy también
este esta estos estas ese esa esos esas aquel aquella mi mis tu tus su sus nuestro nuestra
yo tú él ella nosotros ellos ellas se me te le les nos
es son era eran fue fueron ser sido está están estaba ha han había habían hay será serán
dijo afirmó señaló
""".split())

READING = ReadingWords(
    markers=MARKERS, credit_tail=CREDIT_TAIL, credit_mark=CREDIT_MARK,
    sentences=SentenceWords(ABBREVIATIONS, LOWER_ABBREVIATIONS, NUMBER_ABBREVIATIONS, FINAL_ABBREVIATIONS,
                            SENTENCE_OPENERS, SENTENCE_EXAMPLES),
    datelines=DatelineWords(DATE_MONTHS, DATE_WEEKDAYS, DATE_FILLERS, DATE_PREFIXES, byline="Por ",
                            examples=DATELINE_EXAMPLES),
    agencies=AgencyWords(
        AGENCIES, AGENCY_FILLERS,
        source_line=r"(?:fuentes?|agencias|con información de|con)\s*:?\s*(.{1,120})$",
        separators=r"\s*(?:,|/|;|&|\by\b|\bcon\b)\s*",
        examples=AGENCY_EXAMPLES),
    function_words=FUNCTION_WORDS,
)
