"""English wire datelines, written once: "NAIROBI, Kenya (AP) _", "BEIJING, March 3 (Xinhua) --",
"BEIRUT (Reuters) - ", "Beirut (AFP) - ", "New York, NY – ", "NEW DELHI: ".

Three readers use the same shape:

- :data:`PREFIX`, the dateline opening a sentence (the parser reads the sentence without it, its date
  dates nothing, it is no part of who says so, a headline drops it);
- :data:`LINE`, a dateline on a line of its own (the reader: no title);
- :data:`OPENING`, a dateline opening a whole text (the tagger: the text is a report, resolved
  against its publication date).
"""
from __future__ import annotations

import re

#: The place in capitals: "NAIROBI", "DAR ES SALAAM", "ST. LOUIS", "UNITED NATIONS".
CAPITAL_PLACE = r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*"
#: What may follow the place after a comma: a country, a state, the day ("Kenya", "N.Y.", "August 8").
REGION = r",\s*[A-Z][\w.'\-]*(?: [\w.'\-]+){0,3}?"
#: The agency in brackets: "(AP)", "(Xinhua)", "(AFP/Getty)".
AGENCY = r"\([A-Z][\w.\-]*(?:[ /][\w.\-]+){0,2}\)"
#: A place in title case counts only with its agency ("Beirut (AFP)"), or as "City, ST" before a dash.
TITLED_PLACE = r"[A-Z][\w.'\-]+(?:[ ,]+[A-Z][\w.'\-]+){0,3}\s*" + AGENCY
CITY_STATE = r"[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,2},\s*[A-Z]{2}\.?(?=\s+[-\u2013\u2014])"

#: The dateline's words, before the dash that ends it.
SHAPE = (rf"(?:{CAPITAL_PLACE}(?:{REGION})?\s*(?:{AGENCY})?|{TITLED_PLACE}|{CITY_STATE})")
#: The dash that ends it: hyphens, dashes, the wire's underscore (after a space or the agency).
DASH = r"\s*(?:[-\u2013\u2014]+|(?<=[\s)])_)"
#: Before a sentence, a colon ends it too ("NEW DELHI: Their ..."); a line of its own that ends so
#: is a label ("SOURCE:"), not a dateline.
DASH_OR_COLON = r"\s*(?:[-\u2013\u2014]+|(?<=[\s)])_|(?<=[A-Z.)]):)"

#: A dateline opening a sentence, with the space after it (the wire's underscore may touch the text).
PREFIX = rf"^{SHAPE}(?:{DASH_OR_COLON}\s+|\s*(?<=[\s)])_\s*)"
#: A dateline that is a whole line (tried case-insensitively by the reader, hence the flag).
LINE = rf"(?-i:{SHAPE}{DASH})\s*$"
#: A dateline opening a text (after any space).
OPENING = re.compile(rf"\s*{SHAPE}{DASH_OR_COLON}\s")

#: (text, the dateline it opens with) and texts that open with none; they run as tests.
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("BEIRUT (Reuters) - Syrian forces", "BEIRUT (Reuters) - "),
    ("DAMASCUS, Syria (AP) \u2014 The army", "DAMASCUS, Syria (AP) \u2014 "),
    ("Beirut (AFP) - The army", "Beirut (AFP) - "),
    ("WASHINGTON _ The economy", "WASHINGTON _ "),
    ("CANBERRA, Australia (AP)_ Turning", "CANBERRA, Australia (AP)_ "),
    ("New York, NY \u2013 With growth", "New York, NY \u2013 "),
    ("NICOSIA, August 8 (Xinhua) -- Cyprus", "NICOSIA, August 8 (Xinhua) -- "),
    ("INDEPENDENCE, MO. (AP)-- A jury", "INDEPENDENCE, MO. (AP)-- "),
    ("NEW DELHI: Their dream shattered", "NEW DELHI: "),
)
MISSES: tuple[str, ...] = ("Beirut - The army", "US-backed forces", "UN_ID", "Paris, France - ",
                           "The army said: no")
LINE_EXAMPLES: tuple[str, ...] = ("NAIROBI, Kenya (AP) _", "WASHINGTON _", "WASHINGTON, August 8 (Xinhua) --",
                                  "BEIRUT (Reuters) -", "DAR ES SALAAM, Tanzania (AP) _")
