"""English for the reader: page markers, agency lines, date lines, sentence ends (data, with examples)."""
from __future__ import annotations

from datetime import date

from . import dateline
from ..reading import AgencyWords, DatelineWords, Marker, ReadingWords, SentenceWords

#: Kinds of non-body lines: navigation, captions, credits, "read more" links, boilerplate.
MARKERS: tuple[Marker, ...] = (
    Marker("navigation", r"(?:more|other|related|latest|top|recommended|popular|trending|further|editor'?s)"
                         r"\s+(?:stories|story|articles|news|content|topics|reads?|picks?|videos?)\b",
           ("More stories from DW", "Skip next section DW's Top Story", "Related topics", "Top stories"),
           max_words=8, anywhere=True, ends_article=True),
    Marker("navigation", r"(?:explore more|you (?:may|might) (?:also )?(?:like|enjoy|be interested)"
                         r"|most (?:read|popular|viewed|shared|watched)|more from\b|also in the news|in case you missed"
                         r"|(?:audios?|videos?|more)(?: and videos?)? on (?:the|this) topic)",
           ("Skip next section Explore more", "You may also like", "Most read", "More from Reuters",
            "Audios and videos on the topic"),
           max_words=8, anywhere=True, ends_article=True),
    Marker("navigation", r"skip\b|(?:jump|go|back|return) to (?:the )?(?:content|main|top|navigation|menu|home)\b",
           ("Skip to content", "1. Skip to main menu", "  3. Skip to more DW sites", "Back to top")),
    Marker("navigation", r"(?:home|homepage|menu|main menu|search|sign in|log in|login|register|subscribe"
                         r"|newsletters?|close|open menu|toggle navigation|navigation|sections|all topics"
                         r"|watch video|watch live|listen to audio|audios? and videos?|play video)\b",
           ("Home", "Menu", "Watch video 02:30", "Sign in"), max_words=4),
    Marker("navigation", r"(?:keywords|tags|topics|related subjects|filed under)\s*:?\s",
           ("Keywords Syria, Raqqa, Islamic State", "Tags: Iraq, Kurds"), max_words=30),
    Marker("caption", r"image caption\s*[,:]", ("Image caption, Kurdish fighters in Raqqa",)),
    Marker("caption", r"image copyright\b.{1,80}?\bimage caption\s", ("Image copyright Reuters Image caption "
                                                                      "Crowds gathered outside the court",),
           max_words=80),
    Marker("caption", r"(?:file\s*[-\u2013\u2014]\s*)?in this\b.{0,60}?\b(?:photo|image|picture|photograph"
                      r"|frame grab|still)\b",       # AP's captions
           ("In this photo issued by ITV, Boris Johnson and Jeremy Corbyn shake hands, Tuesday, Nov. 19, 2019.",
            "FILE - In this Monday, Oct. 28, 2019, file photo, Gordon Sondland arrives on Capitol Hill.",
            "In this image made from video, protesters march in Hong Kong."),
           max_words=120),
    Marker("caption", r"file photo\s*:",                # Reuters' captions
           ("FILE PHOTO: The WeWork logo is displayed in New York City, January 8, 2019. REUTERS/Brendan McDermid",),
           max_words=120),
    Marker("caption", r"^\s*\S.{20,}?\s(?-i:REUTERS|AFP|EPA|AP Photo)/(?-i:[A-Z])\w+",  # a credit inside a caption
           ("The logo is displayed in New York City. REUTERS/Brendan McDermid/File Photo The logo in New York.",),
           max_words=120, anywhere=True),
    Marker("credit", r"\(?(?!by\s)[^,/()]{2,60}(?:,|\s/)\s*(?:the\s+)?(?:associated press|reuters|afp|agence france-presse"
                     r"|getty images|epa|ap|pool)\s*\)?\s*$",
           ("Patrick Semansky, ASSOCIATED PRESS", "ITV, ASSOCIATED PRESS", "(Jacquelyn Martin / Associated Press)"),
           max_words=8),
    Marker("credit", r"image source\s*[,:]", ("Image source, Getty Images",)),
    Marker("readmore", r"(?:read|see|watch|listen|also read|read also|related|more on (?:this|that|the topic)"
                       r"|more about|recommended)(?:\s+(?:more|also|here|now|too))?\s*[:|\u00bb>\u2013\u2014]",
           ("Read more: Syrian Christians advance", "READ MORE | Iraq retakes Mosul", "See also: the map",
            "Related: Kurds vote")),
    Marker("readmore", r"read (?:more|the full|our)\b", ("Read more about the offensive here",), max_words=14),
    Marker("credit", r"(?:image|images|photo|photos|picture|pictures|photograph|foto|fotos|bild|graphic|graphics"
                     r"|illustration|map|credit|credits|photo credit|image credit|image source|video)\s*(?:credit)?"
                     r"\s*:",
           ("Image: picture alliance/dpa/Le Pictorium/MAXPPP/C. Huby", "Photo: Reuters/R. Said",
            "Credit: Getty Images")),
    Marker("credit", r"(?:getty images|via getty|reuters/|ap photo|afp photo|picture[- ]alliance|imago|epa[-/ ]"
                     r"|shutterstock|\bafp/|\bdpa/|/reuters\b|/afp\b|/ap\b|istock|wikimedia)",
           ("REUTERS/Goran Tomasevic", "AFP via Getty Images", "picture-alliance/AP Photo/H. Ammar"),
           max_words=10, anywhere=True),
    Marker("boilerplate", r"(?:all rights reserved|reporting by|additional reporting|editing by|writing by"
                          r"|compiled by|this (?:article|story) (?:was|is|has)|we use cookies|terms of (?:use|service)"
                          r"|privacy (?:policy|settings)|click here|sign up (?:for|to)|follow us|download (?:the|our) app"
                          r"|advertisement|sponsored content|permalink|copy link|send us your feedback|contributed to this report"
                          r"|follow \w+(?: \w+)? on (?:twitter|x|facebook|instagram|youtube)|reuse this content|our standards:"
                          r"|\d+ min(?:ute)?s? read|for your personal,? non-commercial use)",
           ("Reporting by Tom Perry; Editing by Alison Williams", "Advertisement", "(c) 2017 Reuters. All rights reserved.",
            "Associated Press writer Zeina Karam in Beirut contributed to this report.",
            "Permalink https://p.dw.com/p/2lquC", "3 min read",
            "This copy is for your personal, non-commercial use only. To order copies visit www.djreprints.com."),
           max_words=40, anywhere=True),
    Marker("boilerplate", r"(?:we are |we're )?(?:temporarily )?moderat\w* (?:all )?(?:the )?comments"
                          r"|comments (?:are|will be) (?:moderated|closed)",
           ("Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",),
           max_words=40, anywhere=True),
    Marker("dateline", dateline.LINE, dateline.LINE_EXAMPLES,
           max_words=8),        # a wire dateline on a line of its own: no title
    Marker("boilerplate", r"copyright\b", ("Copyright 2017 The Associated Press",), max_words=12),
    Marker("boilerplate", r"(?:correction|clarification|editor['\u2019]s note)s?(?: (?:added|appended|made|issued))?"
                          r"(?: [^:!?]{1,30})?:\s",
           ("Correction added Nov. 18, 2019: The caption below the photograph originally said he was the first.",
            "Correction: An earlier version of this article misstated the date of the vote.",
            "Editor's note: This story has been updated."),
           max_words=80),      # an editorial notice about the article, not part of its story
    Marker("credit", r"(?:\u00a9|\(c\))", ("\u00a9 picture-alliance/dpa", "(c) Reuters"), max_words=6),
    Marker("boilerplate", r"(?:\u00a9|\(c\))", ("\u00a9 2017 Deutsche Welle, all contents protected",),
           max_words=12),
    Marker("boilerplate", r"(?:share|shares|tweet|e-?mail|print|comments?|post a comment|send|facebook|twitter"
                          r"|whatsapp|reddit|linkedin|telegram|bookmark|save|feedback|x)"
                          r"(?:\s+(?:this|article|story|page|on|via|with|facebook|twitter|whatsapp|reddit|e-?mail"
                          r"|linkedin|telegram|print|link|x|comments?|\d+))*\s*$",
           ("Share", "Send Facebook Twitter reddit Whatsapp Email", "Print this page", "Comments 12"),
           max_words=10),
)

#: A photo credit ending a caption line ("Fighters rest in Raqqa. Photograph: D. Souleiman/AFP",
#: "... Photograph by Robyn Beck/AFP/Getty Images", AP's "... (AP Photo/Patrick Semansky, File)",
#: the New York Times' "... last week.Credit...Anna Moneymaker/The New York Times", Reuters' "... 2019.
#: (Joshua Roberts/Reuters)", SpaceNews' "... program. Credit: SpaceX").
CREDIT_TAIL = (r"(?:[(\[]\s*(?:image|photo|picture|foto|video|credit)\s*:[^()\[\]]{1,80}[)\]]"
                          r"|\[[^\[\]/]{2,60}/[^\[\]]{2,60}\]"             # Al Jazeera: "[Erik De Castro/Reuters]"
                          r"|(?<=[.!?] )\([^()/\d]{1,40}\s[^()/\d]{1,40}/[^()\d]{2,60}\)"   # "... 2019. (Joshua Roberts/Reuters)"
                          r"|(?<=[a-z][.!?])\s+credit\s*:\s*[^.:]{1,80}"      # "... under the CLPS program. Credit: SpaceX"
                          r"|\((?:AP|AFP|Reuters|EPA)\s+Photo[^()]{0,60}\)"   # AP: "(AP Photo/Hussein Malla)"
                          r"|(?:\s|(?<=[a-z][.!?]))(?:photograph|photo|image|picture)\s*:\s*[^.:]{1,80}"
                          r"|\s(?:photograph|photo|image|picture)\s+by\s+[^.:/]{1,60}/[^.:]{1,60}"
                          r"|credit(?:\.{3}|\u2026)\s*[^.:]{1,80})\s*$")        # NYT: "...Credit...Doug Mills/The New York Times"
#: A credit or caption label at the start of a line ("Image: ...", "Photo: ...").
CREDIT_MARK = (r"(?:image|images|photo|photos|picture|pictures|photograph|foto|fotos|bild|graphic"
                          r"|graphics|illustration|map|video)\s*:\s*")

#: News agencies, as written in credit lines (matched case-insensitively, reported as written).
AGENCIES = ("Reuters", "AP", "AFP", "dpa", "EFE", "KNA", "epd", "ANSA", "Xinhua", "TASS", "Anadolu", "UPI",
            "PA", "Bloomberg", "Kyodo", "Yonhap", "Interfax", "SID", "AAP", "APA", "ANP", "Belga", "Lusa",
            "PTI", "IANS", "Sputnik", "RIA Novosti", "IRNA", "SANA", "CNA", "Bernama", "Antara", "NTB",
            "Associated Press", "Agence France-Presse", "Deutsche Presse-Agentur", "Press Association",
            "Canadian Press", "DW", "AFP-JIJI", "Jiji", "Notimex", "TT", "Ritzau", "STT", "CTK", "PAP", "MTI",
            "ANA", "BTA", "HINA", "Tanjug", "Ukrinform", "UNIAN", "Al Jazeera", "ANI", "KUNA", "WAM", "SPA", "MENA")

#: Examples of agency credit lines and the agencies they name (run as tests).
AGENCY_EXAMPLES = (
    ("cw/amp/jm (Reuters, AP, dpa)", ("Reuters", "AP", "dpa")),
    ("(AFP, Reuters)", ("AFP", "Reuters")),
    ("-- Reuters", ("Reuters",)),
    ("\u2014 AP", ("AP",)),
    ("ls/rt (AFP, dpa, epd)", ("AFP", "dpa", "epd")),
    ("Sources: Reuters and AFP", ("Reuters", "AFP")),
    ("with material from AP", ("AP",)),
    ("Source: Al Jazeera and news agencies", ("Al Jazeera",)),
    ("SOURCE: AL JAZEERA AND NEWS AGENCIES", ("Al Jazeera",)),
)

#: Words of agency credit lines that name no agency ("Al Jazeera and news agencies").
AGENCY_FILLERS = frozenset({"news agencies", "agencies", "wires", "wire services", "wire reports", "others"})

MONTHS = {name: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
WEEKDAYS = frozenset("monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri "
                     "saturday sat sunday sun".split())
#: Words a date line may hold besides the date: time of day, time zones, ordinal suffixes.
DATE_FILLERS = frozenset("on at the of am pm a p m h hrs hours t z gmt utc bst cet cest eet eest et est edt "
                         "ct cst cdt mt mst mdt pt pst pdt ist jst aest aedt msk local time st nd rd th "
                         "and noon midnight ago min mins minute minutes hour hours sec secs second seconds".split())
#: Prefixes of a date line and how good a publication date they give (lower is better).
DATE_PREFIXES = (
    (r"(?:first published|originally published|original|published|posted|publication date|date published"
     r"|created|issued|released"
     r"|dated|date|datum|stand)\b(?:\s+on\b)?", 0),
    (r"(?:last updated|last modified|last update|updated|modified|changed)\b(?:\s+on\b)?", 2),
)

#: Runnable examples: date line -> publication date (None: not a date line).
DATELINE_EXAMPLES = (
    ("October 14, 2017", date(2017, 10, 14)),
    ("14 October 2017", date(2017, 10, 14)),
    ("Oct. 14, 2017 10:32 AM", date(2017, 10, 14)),
    ("Saturday, October 14, 2017", date(2017, 10, 14)),
    ("2017-10-14", date(2017, 10, 14)),
    ("2017-10-14T10:32:00+02:00", date(2017, 10, 14)),
    ("14.10.2017", date(2017, 10, 14)),
    ("Date 14.10.2017", date(2017, 10, 14)),
    ("Published: Sat 14 Oct 2017 10.32 BST", date(2017, 10, 14)),
    ("By Tom Perry | October 14, 2017", date(2017, 10, 14)),
    ("October 14, 2017 \u2022 By Tom Perry", date(2017, 10, 14)),
    ("Updated 1032 GMT (1832 HKT) October 14, 2017", date(2017, 10, 14)),
    ("10/14/2017", date(2017, 10, 14)),
    ("October 14, 2017 / 11:32 AM / Updated 2 hours ago", date(2017, 10, 14)),
    ("* July 2, 2018", date(2018, 7, 2)),                                  # a list item in a text dump
    ("Published 16/06/11", date(2011, 6, 16)),                             # two-digit year after a prefix
    ("11.14.2019 09:00 AM", date(2019, 11, 14)),                           # month first: 14 is no month
    ("Published Tue, Nov 19 20197:05 AM EST", date(2019, 11, 19)),        # year glued to the time
    ("Published Tue, Nov 19 2019 7:05 AM ESTUpdated Tue, Nov 19 2019 7:16 AM EST", date(2019, 11, 19)),
    ("October 15, 2018/0 Comments/in Company News", date(2018, 10, 15)),  # fields glued by slashes
    ("November 20, 2019 Emiliano Bellini", date(2019, 11, 20)),           # the author after the date
    ("Updated Nov 19, 2019 9:41 AM; Posted Nov 18, 2019 8:19 PM", date(2019, 11, 18)),
    ("Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:01 am ET", date(2019, 11, 19)),
    ("Updated 3:57 PM ET, March 18", None),                                # no year: only with the page's
    ("October 2017", None),
    ("10/11/2017", None),
    ("2017", None),
    ("In October 14, 2017 fighting resumed", None),
    ("Raqqa fell on October 17, 2017.", None),
)


#: Abbreviations whose period never ends a sentence when written capitalised ("Col.", "Jan.").
#: Lower case, without the final period.
ABBREVIATIONS: frozenset[str] = frozenset("""
mr mrs ms mx dr prof rev fr sr st sen rep gov pres gen lt col maj capt cpt cmdr adm sgt cpl pvt brig
supt insp det hon amb atty mt ft messrs mme mlle dept univ assn bros corp govt intl natl
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
""".split())

#: Abbreviations that never end a sentence in any case ("e.g.", "approx.").
LOWER_ABBREVIATIONS: frozenset[str] = frozenset("e.g i.e cf vs viz approx ca est al resp".split())

#: Abbreviations that stand before a number ("No. 10", "p. 5"): no boundary when a digit follows.
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset("no nos vol vols p pp fig figs ch art sec para".split())

#: Abbreviations that may also end a sentence: they end one when the next word is a common
#: sentence opener ("... in the U.S. The army ...") and not otherwise ("U.S. President").
FINAL_ABBREVIATIONS: frozenset[str] = frozenset("""
u.s u.k u.n e.u u.s.a u.a.e a.m p.m etc inc ltd co jr plc llc d.c cie s.a n.v s.p.a pty bhd
d def
""".split())                                        # (d, def: "Palm Bay d. Rockledge 70-44", a result line)

#: Words that open sentences; after a FINAL_ABBREVIATION they signal a boundary.
SENTENCE_OPENERS: frozenset[str] = frozenset("""
the a an he she it they we i you his her its their our this that these those there here
but and or so yet if when while after before since as in on at by for from with without
meanwhile however still also some many most no none one two all both each other such
what who why how where which
""".split())

#: Runnable examples: text -> expected sentences.
SENTENCE_EXAMPLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The U.S. Army moved in. It stayed.", ("The U.S. Army moved in.", "It stayed.")),
    ("Forces from the U.S. The army followed.", ("Forces from the U.S.", "The army followed.")),
    ("Col. Ryan Dillon spoke. Dr. Smith agreed.", ("Col. Ryan Dillon spoke.", "Dr. Smith agreed.")),
    ("It began on Jan. 5 at 10 a.m. on the border.", ("It began on Jan. 5 at 10 a.m. on the border.",)),
    ("Gen. Mattis met J. Smith. No. 10 replied.", ("Gen. Mattis met J. Smith.", "No. 10 replied.")),
    ('"We will win tomorrow," he said. They lost.', ('"We will win tomorrow," he said.', "They lost.")),
    ('He said: "It is over." Then he left.', ('He said: "It is over."', "Then he left.")),
    ("Growth was 3.5 percent.\u00a0Prices rose.", ("Growth was 3.5 percent.", "Prices rose.")),
    ("Is it over? Nobody knows! Wait\u2026 Yes.", ("Is it over?", "Nobody knows!", "Wait\u2026", "Yes.")),
    ("Mr. and Mrs. Smith left. e.g. this stays.", ("Mr. and Mrs. Smith left. e.g. this stays.",)),
    ("He said no. The sun. Then Sat. Oct. 14 came.", ("He said no.", "The sun.", "Then Sat. Oct. 14 came.")),
    ("It fell (see below.) Then it rose.", ("It fell (see below.)", "Then it rose.")),
    ("The bid by Cie. Financiere de Paribas failed. It fell.", ("The bid by Cie. Financiere de Paribas failed.", "It fell.")),
    ("Palm Bay d. Rockledge 70-44", ("Palm Bay d. Rockledge 70-44",)),
)

#: Function words: their share of a paragraph's words tells running prose from page furniture.
FUNCTION_WORDS: frozenset[str] = frozenset("""
a an the this that these those there here some any no not each every all both either neither such other
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
who whom whose which what when where why how whether if than then so as
and or but nor yet because although though while since until unless after before
of in on at by for from to with without into onto over under about above below between among through
during against across along around upon within toward towards off out up down near via per
is am are was were be been being has have had having do does did done will would shall should can
could may might must ought also only just even still very too more most much many few less least
said says say told
""".split())

#: A line on the author closing the page: a name (after a few words: "Pulitzer Prize-winning
#: journalist"), maybe an address in brackets, then what the author is or writes.
AUTHOR_NOTE = (r"(?:[\w'-]+\s+){0,4}?[\w.'-]+\s+[\w'-]+(?:\s+\([^()]{1,60}\))?,?\s+"
               r"(?:is|was|has been|writes|covers|reports)\b(?:\s+[\w'-]+){0,8}?\s+"
               r"(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|blog|column"
               r"|producer)s?\b")
#: What follows the site's name in a line about the site ("WIRED is where tomorrow is realized").
SITE_NOTE = r"\s+(?:is|has been)\s+(?:where|the|a|an|your|our)\b"
#: Runnable examples of closing notes (the site is "Example", example.com).
NOTE_EXAMPLES = (
    ("Louise Matsakis is a Staff Writer at WIRED covering Amazon, security, and online platforms.", True),
    ("Jeff Foust (jeff@example.com) is the editor and publisher of The Space Review.", True),
    ("Pulitzer Prize-winning journalist Michael Hiltzik writes a daily blog appearing on latimes.com.", True),
    ("Example is where tomorrow is realized. It is the essential source of information and ideas.", True),
    ("Example reached out to Instagram, which did not respond.", False),
    ("The governor is expected to sign the bill next week.", False),
)

READING = ReadingWords(
    markers=MARKERS, credit_tail=CREDIT_TAIL, credit_mark=CREDIT_MARK,
    sentences=SentenceWords(ABBREVIATIONS, LOWER_ABBREVIATIONS, NUMBER_ABBREVIATIONS, FINAL_ABBREVIATIONS,
                            SENTENCE_OPENERS, SENTENCE_EXAMPLES),
    datelines=DatelineWords(MONTHS, WEEKDAYS, DATE_FILLERS, DATE_PREFIXES, byline="By ", examples=DATELINE_EXAMPLES),
    agencies=AgencyWords(
        AGENCIES, AGENCY_FILLERS,
        source_line=r"(?:sources?|agencies|with (?:material|reporting|information) from|with|from)\s*:?\s*(.{1,120})$",
        separators=r"\s*(?:,|/|;|&|\band\b|\bwith\b)\s*",
        examples=AGENCY_EXAMPLES),
    function_words=FUNCTION_WORDS,
    author_note=AUTHOR_NOTE, site_note=SITE_NOTE, note_examples=NOTE_EXAMPLES,
)
