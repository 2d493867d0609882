"""The English rule table: one entry per kind of expression, with runnable examples.

Each rule is data (:class:`chrono.lang.timex.Rule`): a pattern with ``{MACRO}`` placeholders (:mod:`chrono.timex.patterns`), the
TIMEX3 type, the builder of its underspecified value (:mod:`chrono.timex.build`), the modifiers it may take on its left ("early",
"about", "the end of"), flags for the engine, and examples ``(text, reference date, expected extent, expected value, expected
type)``: tagged with the reference date as publication date, the text holds a timex of that extent, value and type, found by
this rule (all run by ``tests/test_timex_corpus.py``). The group ``x``, when a pattern has one, is the extent; else the whole match.
"""
from __future__ import annotations

from ...timex import Rule, YearBack
from .narrative import NARRATIVE_RULES
from .periods import CENTURY_FRACTIONS, PARTS_OF_DAY, SHORT_QUARTERS

_DMY_TAIL = r"(?![\d/:.,]\d)"

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------------ absolute dates
    Rule("date_mdy", r"{B}(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<month>{MONTH})\s*(?P<day>{DAY}),?\s*(?:of\s+)?(?P<year>{YEAR})(?!\w)",
         "DATE", "date", (
             ("It happened on Aug. 7, 1998, in Nairobi.", "1998-08-10", "Aug. 7, 1998", "1998-08-07", "DATE"),
             ("Dateline: October 14, 2017", "2017-10-14", "October 14, 2017", "2017-10-14", "DATE"),
             ("He was born on Tuesday, March 5, 1946.", "1998-01-01", "Tuesday, March 5, 1946", "1946-03-05", "DATE"),
             ("The mob stormed the palace on June 20 of 1792.", "2009-12-19", "June 20 of 1792", "1792-06-20", "DATE"),
             ("Updated 1:12 PM ET, Fri March 22, 2013", "2013-03-22", "Fri March 22, 2013", "2013-03-22", "DATE"),
         ), mods="both", triggers=('month',)),
    Rule("date_dmy", r"{B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})(?!\w)",
         "DATE", "date", (
             ("The treaty was signed on 14 October 2017.", "2018-01-01", "14 October 2017", "2017-10-14", "DATE"),
             ("It was fought in the Battle of the Frontiers (14 August-24 August 1914).", "2009-12-19", "24 August 1914", "1914-08-24", "DATE"),
             ("It took place on 31 May-1 June 1916, in the North Sea.", "2009-12-19", "1 June 1916", "1916-06-01", "DATE"),
             ("At 11 a.m. on 11 November 1918-\"the eleventh hour\"-a ceasefire began.", "2009-12-19", "11 November 1918", "1918-11-11", "DATE"),
         ), mods="both", triggers=('month',)),
    Rule("date_iso", r"{B}(?P<year>{YEAR})-(?P<nmon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01]){E}",
         "DATE", "date", (
             ("Filed 2017-10-14 by staff.", "2017-10-20", "2017-10-14", "2017-10-14", "DATE"),
         ), triggers=('num',)),
    Rule("date_us", r"{B}(?P<nmon>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d{2})(?![\w/]|\.\d)",
         "DATE", "date", (
             ("Posted 11/02/89 in the journal.", "1989-11-02", "11/02/89", "1989-11-02", "DATE"),
         ), triggers=('num',)),
    Rule("date_md", r"{B}(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<month>{MONTH})\s*(?P<day>{DAY})(?![\w/]|[.,:]\d)",
         "DATE", "date", (
             ("The quarter ended Sept. 30, the company said.", "1989-11-02", "Sept. 30", "1989-09-30", "DATE"),
             ("Talks will resume Jan. 14.", "2000-01-06", "Jan. 14", "2000-01-14", "DATE"),
             ("The vote was held on Friday, Oct. 23.", "1998-11-21", "Friday, Oct. 23", "1998-10-23", "DATE"),
             ("It followed talks between March 5-9, 1918 on the withdrawal.", "2009-12-19", "March 5", "1918-03-05", "DATE"),
             ("He made her health an issue in the 2016 campaign, after she was seen faint at a September 11 commemoration.",
              "2019-11-18", "September 11", "2016-09-11", "DATE"),
             ("Nashua had bought shares under a program approved in 1987 through Sept. 29.", "1989-11-02", "Sept. 29", "1989-09-29", "DATE"),
         ), mods="both", triggers=('month',)),
    Rule("date_md_and", r"{B}(?P<month>{MONTH})\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:and|or|to|through|-|–)\s*(?P<x>(?P<day>{DAY}))(?![\w/]|[.,:]\d|,?\s+(?:{YEAR}))",
         "DATE", "date", (
             ("The summit is on April 24 and 25 in Washington.", "1999-02-10", "25", "1999-04-25", "DATE"),
             ("Talks are set for Nov. 6-7.", "1999-10-10", "7", "1999-11-07", "DATE"),
         ), triggers=('month',), after_hyphen=True),
    # the second end of a range of days with its year: "March 5-9, 1918" (the first end takes the year)
    Rule("date_md_and_year", r"{B}(?P<month>{MONTH})\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:and|to|through|-|–)\s*(?P<x>(?P<day>{DAY}),?\s*(?P<year>{YEAR})){E}",
         "DATE", "date", (
             ("It followed talks between March 5-9, 1918 on the withdrawal.", "2009-12-19", "9, 1918", "1918-03-09", "DATE"),
         ), triggers=('month',), after_hyphen=True),
    Rule("date_dm_and", r"(?<![\w'/.,-])(?P<x>(?P<day>{DAY}))\s*(?:and|or|to|-|–)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_FULL})(?![\w-])",
         "DATE", "date", (
             ("The summit is on 24 and 25 April in Washington.", "1999-02-10", "24", "1999-04-24", "DATE"),
             ("Talks are set for 6-7 November.", "1999-10-10", "6", "1999-11-06", "DATE"),
         ), triggers=('month',)),
    Rule("date_dm", r"{B}(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH_FULL})(?!\w|{NOT_RANGE})",
         "DATE", "date", (
             ("Elections are due on 5 May.", "2017-02-01", "5 May", "2017-05-05", "DATE"),
             ("Talks are set for 6-7 November.", "1999-10-10", "7 November", "1999-11-07", "DATE"),
             ("The attack began on the 20 September.", "2017-10-14", "the 20 September", "2017-09-20", "DATE"),
             ("It was fought in the Battle of the Frontiers (14 August-24 August 1914).", "2009-12-19", "14 August", "1914-08-14", "DATE"),
         ), mods="both", triggers=('month',), after_hyphen=True),
    Rule("month_year", r"{B}(?P<month>{MONTH})\s*,?\s+(?:of\s+)?(?:(?P<year>{YEAR}|{YEAR2})|(?P<yearw>{YEARW}))(?!\w|{NOT_RANGE})",
         "DATE", "date", (
             ("the attacks in Paris in November 2015 killed 130", "2017-10-14", "November 2015", "2015-11", "DATE"),
             ("January nineteen ninety-seven. Atlanta again.", "1998-02-27", "January nineteen ninety-seven", "1997-01", "DATE"),
             ("December 1979-February 1980: Occupation", "2009-12-19", "December 1979", "1979-12", "DATE"),
             ("December 1979-February 1980: Occupation", "2009-12-19", "February 1980", "1980-02", "DATE"),
         ), mods="both", triggers=('month',)),
    Rule("month_relative", r"{B}(?:(?P<dir>last|this|next|coming|past|the\s+(?:previous|preceding|following))\s+(?P<month>{MONTH_FULL})|(?P<mon2>{MONTH_FULL})\s+(?:of\s+)?(?P<ydir>this|last|next|that|the\s+same|the\s+following|the\s+previous|the\s+next)\s+year)(?![\w-])",
         "DATE", "month_relative", (
             ("The plant closed last April.", "1989-10-27", "last April", "1989-04", "DATE"),
             ("It opened in June last year.", "1998-02-19", "June last year", "1997-06", "DATE"),
             ("The turning point came in 2016. In July of that year, forces cut the road.", "2018-01-10", "July of that year", "2016-07", "DATE"),
             ("The war began in 1950. In March of the following year, troops retreated.", "2018-01-10", "March of the following year", "1951-03", "DATE"),
             ("The launch is set for this September.", "1998-02-05", "this September", "1998-09", "DATE"),
             ("The plant opened in July. The previous April, the firm was sold.", "1998-08-10", "The previous April", "1998-04", "DATE"),
         ), mods="range", triggers=('month',)),
    Rule("month", r"{B}(?:the\s+month\s+of\s+)?(?P<month>{MONTH_FULL})(?!\w|\.\w|{NOT_RANGE})",
         "DATE", "date", (
             ("The offensive started in June with airstrikes.", "2017-10-14", "June", "2017-06", "DATE"),
             ("In July, Iraqi forces retook Mosul.", "2017-10-14", "July", "2017-07", "DATE"),
             ("Sales for the month of August fell.", "2017-10-14", "the month of August", "2017-08", "DATE"),
             ("The plant will open in December.", "2017-10-14", "December", "2017-12", "DATE"),
             ("Prices fell in December.", "2017-10-14", "December", "2016-12", "DATE"),
             ("Sales rose in May, the report said.", "1998-08-10", "May", "1998-05", "DATE"),
             ("Prices have fallen since March 2012. Sales rose in August, it said.", "2019-11-20", "August", "2019-08", "DATE"),
             ("In the Battle of Pusan Perimeter (August-September 1950), the army held.", "2009-12-19", "August", "1950-08", "DATE"),
         ), mods="range", params={"bare": True}, triggers=('month',)),
    Rule("year", r"(?<![\w$#€£.,/:'])(?:the\s+year\s+)?(?:(?P<prepost>pre|post)-)?(?P<year>{YEAR})(?:\s+(?P<open>or\s+(?:later|after|earlier|before)|and\s+beyond))?(?![\w%/]|'(?!s\b)|[.,:]\d|-(?!{YEAR_END}))",
         "DATE", "year", (
             ("SDF forces fight Islamic State in Raqqa in 2017", "2017-10-14", "2017", "2017", "DATE"),
             ("The army grew from 1981's 500,000 soldiers.", "2009-12-19", "1981", "1981", "DATE"),
             ("IS had seized Raqqa in early 2014.", "2017-10-14", "early 2014", "2014", "DATE"),
             ("prices peaked in mid-1996", "1998-02-19", "mid-1996", "1996", "DATE"),
             ("It won't be profitable until 1994 or later.", "1989-11-02", "1994 or later", "1994", "DATE"),
             ("Since 1990 wages have risen.", "1998-01-01", "1990", "1990", "DATE"),
             ("The post-1959 politics split families.", "2000-02-24", "post-1959", "1959", "DATE"),
             ("2016: Losses mount\nThe group lost ground.", "2017-10-17", "2016", "2016", "DATE"),
             ("It is confident about cash flow for 1990 and beyond.", "1989-11-02", "1990 and beyond", "1990", "DATE"),
             ("War in the north, 1775-1780", "2009-12-19", "1775", "1775", "DATE"),
             ("The year 1950 ended badly.", "2009-12-19", "The year 1950", "1950", "DATE"),
             ("War in the north, 1775-1780", "2009-12-19", "1780", "1780", "DATE"),
             ("Throughout 1915-17, the Empire suffered.", "2009-12-19", "1915", "1915", "DATE"),
         ), mods="range", triggers=('num',)),
    # years of an era: "490 BC", "in 264 BC", "149 B.C.", "AD 9", "1066 AD"; TimeML writes BC0490
    Rule("year_bc", r"(?<![\w$#€£.,/:'])(?P<year>\d{1,3}|\d{4}(?!\s*{ERA_BC}\s+(?-i:[A-Z][a-z])))\s*{ERA_BC}",
         "DATE", "era_year", (
             ("The war began in 264 BC and ended in 241 BC.", "2009-12-19", "264 BC", "BC0264", "DATE"),
             ("Carthage fell in 146 B.C. after a siege.", "2009-12-19", "146 B.C.", "BC0146", "DATE"),
             ("The Third Punic War (149 B.C to 146 B.C) ended Carthage.", "2009-12-19", "149 B.C", "BC0149", "DATE"),
             ("Troy fell about 1184 BC, the legend says.", "2009-12-19", "1184 BC", "BC1184", "DATE"),
         ), mods="range", params={"era": "BC"}, triggers=('era',), reach=12),
    Rule("year_ad", r"(?<![\w$#€£.,/:'])(?:{ERA_AD}\s*(?P<year>\d{1,4})|(?P<year2>\d{1,4})\s*{ERA_AD})(?![\w%/'-]|[.,:]\d)",
         "DATE", "era_year", (
             ("The legions were lost in AD 9.", "2009-12-19", "AD 9", "0009", "DATE"),
         ), mods="range", params={"era": ""}, triggers=('era',), reach=12),
    # the first end of a range of years of an era: "from 264 to 241 BC", "240-238 BC"
    Rule("year_bc_start", r"(?<![\w$#€£.,/:'])(?P<x>(?P<year>\d{1,4}))(?=\s*(?:[-–]|to|and|until)\s*\d{1,4}\s*{ERA_BC})",
         "DATE", "era_year", (
             ("The First Punic War lasted from 264 to 241 BC.", "2009-12-19", "264", "BC0264", "DATE"),
         ), params={"era": "BC"}, triggers=('era',), reach=24),
    # the second end of a range of years written with two digits: "1915-17", "1957-58"
    Rule("year_range_end", r"(?<![\w$#€£.,/:'])(?P<year>{YEAR})\s*[-–]\s*(?P<x>(?P<end>\d\d))(?![\w%/'-]|[.,:]\d)",
         "DATE", "year_range_end", (
             ("Throughout 1915-17, the Empire suffered.", "2009-12-19", "17", "1917", "DATE"),
             ("The 1957-58 season was his best.", "2000-01-01", "58", "1958", "DATE"),
         ), triggers=('num',), reach=12, after_hyphen=True),
    Rule("fiscal_year", r"{B}fiscal(?:\s+year)?\s+(?P<year>{YEAR}|{YEAR2}){E}",
         "DATE", "fiscal_year", (
             ("Profit rose in fiscal 1989.", "1989-11-02", "fiscal 1989", "1989", "DATE"),
         ), mods="range", triggers=('quarter',)),
    Rule("year_period", r"{B}the\s+(?P<year>{YEAR})\s+(?:fiscal\s+)?(?:period|quarter|fiscal\s+year|season){E}",
         "DATE", "fiscal_year", (
             ("Net fell from $5 million in the 1988 period.", "1989-11-02", "the 1988 period", "1988", "DATE"),
         ), mods="range", triggers=('quarter',), reach=32, year_back=YearBack.PERIOD),
    Rule("decade", r"{B}(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?:(?P<decade>(?:1[0-9]|20)\d0|'\d0|[2-9]0)'?s|(?<=the\s)(?:nineteen[\s-]+)?(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w'-])",
         "DATE", "decade", (
             ("Inflation soared in the 1990s.", "2001-01-01", "the 1990s", "199", "DATE"),
             ("Numbers dropped through the nineties.", "1998-03-03", "the nineties", "199", "DATE"),
             ("It was built in the early 1980s.", "1989-11-02", "the early 1980s", "198", "DATE"),
         ), mods="range", triggers=('num', 'yearword')),
    Rule("century", r"{B}(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?(?P<ord>{ORDINAL}|\d{1,2}(?:st|nd|rd|th))[\s-]+century(?:\s+(?P<era>{ERA_BC}))?{E}",
         "DATE", "century", (
             ("It was the bloodiest war of the 20th century.", "1998-01-01", "the 20th century", "19", "DATE"),
             ("Carthage was founded in the 9th century BC.", "2009-12-19", "the 9th century BC", "BC08", "DATE"),
         ), mods="range", triggers=('century',)),
    Rule("quarter", r"{B}(?:the\s+(?=(?:\d{4}\s+)?(?:(?:fiscal|calendar)\s+)?\w+\s+(?:fiscal\s+)?quarter))?(?:(?P<year0>{YEAR})\s+|(?P<yeardir0>this|last|next)\s+year's\s+)?"
                    r"(?:(?:fiscal|calendar)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+"
                    r"(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>{YEAR})|(?P<yeardir>this|last|next)\s+year))?(?![\w-])",
         "DATE", "quarter", (
             ("Profit fell in the third quarter.", "1989-10-26", "the third quarter", "1989-Q3", "DATE"),
             ("third-quarter profit rose 5%", "1989-10-26", "third-quarter", "1989-Q3", "DATE"),
             ("in the fourth quarter of 1988", "1989-10-26", "the fourth quarter of 1988", "1988-Q4", "DATE"),
         ), mods="range", triggers=('quarter',), reports_quarter=True),
    *SHORT_QUARTERS,
    Rule("quarter_relative", r"{B}(?:(?P<det>the)\s+)?(?:(?P<dir>this|last|next|previous|current|latest|past|same|recent|most\s+recent|preceding|prior|corresponding|comparable|year[\s-]earlier|year[\s-]ago|prior[\s-]year|year[\s-]before|last\s+year's|coming|following)[\s-]+)?"
                             r"(?:fiscal\s+)?(?:quarter|period)(?P<sfx>\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?(?![\w-])",
         "DATE", "quarter_relative", (
             ("Net income rose in the third quarter from $5 million in the year-earlier quarter.", "1989-10-26", "the year-earlier quarter", "1988-Q3", "DATE"),
             ("Net rose in the third quarter. For the quarter a year ago, it fell.", "1989-10-26", "the quarter a year ago", "1988-Q3", "DATE"),
             ("Net rose in the third quarter, up from the corresponding period last year.", "1989-10-26", "the corresponding period last year", "1988-Q3", "DATE"),
             ("Net rose for the quarter ended Sept. 30. It earned $10.2 million in the year-ago quarter.", "1989-11-01", "the year-ago quarter", "1988-Q3", "DATE"),
         ), mods="range", triggers=('quarter',), year_back=YearBack.COMPARED),
    Rule("month_quarter", r"{B}(?:the\s+)?(?:(?P<m1>{MONTH})\s*[-–/]\s*(?P<m2>{MONTH})|(?<=the\s)(?P<end>{MONTH})(?:\s+(?P<year>{YEAR}))?)\s+(?:fiscal\s+)?(?:quarter|period){E}",
         "DATE", "month_quarter", (
             ("The economy grew 2.5 percent in the April-June quarter.", "2013-08-02", "the April-June quarter", "2013-Q2", "DATE"),
             ("Most firms beat forecasts for the September quarter.", "2019-11-20", "the September quarter", "2019-Q3", "DATE"),
             ("Profit rose in the December 2018 quarter.", "2019-11-20", "the December 2018 quarter", "2018-Q4", "DATE"),
         ), mods="range", triggers=('month',), reach=28),
    Rule("half", r"{B}(?:the\s+)?(?:(?P<ord>first|second|last|latter)[\s-]+half|(?P<ord2>first|last)\s+two\s+quarters)"
                 r"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{YEAR})|(?P<yeardir>this|last|next)\s+year))?{E}",
         "DATE", "half", (
             ("Sales rose in the first half of 1998.", "1998-10-01", "the first half of 1998", "1998-H1", "DATE"),
             ("Earnings will be lower for the last half of 1989.", "1989-10-26", "the last half of 1989", "1989-H2", "DATE"),
             ("Prices will stay low through the first two quarters of 1990.", "1989-10-26", "the first two quarters of 1990", "1990-H1", "DATE"),
         ), triggers=('quarter',)),
    Rule("season", r"{B}(?:(?P<dir>this\s+past|this|last|next|past|coming|the)\s+)?(?:(?P<year0>{YEAR})\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<yearw>{YEARW})))?(?!\w|{NOT_RANGE})",
         "DATE", "season", (
             ("The plant closed last fall.", "1999-05-07", "last fall", "1998-FA", "DATE"),
             ("Elections are expected in the spring of 1999.", "1998-10-01", "the spring of 1999", "1999-SP", "DATE"),
             ("the level we saw in the winter of nineteen ninety-four", "1998-02-23", "the winter of nineteen ninety-four", "1994-WI", "DATE"),
             ("He saved the government in summer-fall 1919.", "2009-12-19", "summer", "1919-SU", "DATE"),
             ("After the failure of their 1982 summer offensives, Iran tried again.", "2009-12-19", "1982 summer", "1982-SU", "DATE"),
             # a bare season joined to another of a range: "summer and autumn 1918", "the fall and winter"
             ("Allied victory: summer and autumn 1918", "2009-12-19", "summer", "1918-SU", "DATE"),
         ), mods="range", triggers=('season',)),
    Rule("holiday", r"{B}(?:(?P<dir>last|next|this)\s+)?(?P<h>{HOLIDAY})(?:\s*,?\s+(?P<year>{YEAR}))?{E}",
         "DATE", "holiday", (
             ("Shops will close on Christmas Day.", "1998-12-01", "Christmas Day", "1998-12-25", "DATE"),
             ("Fireworks are planned for the Fourth of July.", "1998-06-01", "Fourth of July", "1998-07-04", "DATE"),
             ("Prices rose after Thanksgiving Day.", "1999-12-01", "Thanksgiving Day", "1999-11-25", "DATE"),
             ("Voters went to the polls on Election Day.", "1998-11-05", "Election Day", "1998-11-03", "DATE"),
             ("Florists are busy before Mother's Day.", "1998-05-01", "Mother's Day", "1998-05-10", "DATE"),
         ), mods="range", triggers=('holiday',)),
    Rule("year_words", r"{B}(?:(?P<cent>nineteen|eighteen|twenty|seventeen)[\s-]+(?P<rest>{NUMWORD})|the\s+year\s+(?P<millennium>two\s+thousand))(?![\w-])",
         "DATE", "year_words", (
             ("It was founded in nineteen ninety-six.", "1998-01-01", "nineteen ninety-six", "1996", "DATE"),
         ), mods="range", triggers=('yearword',)),
    Rule("the_unit", r"{B}the\s+(?:(?:fiscal|full|calendar)\s+(?P<fy>year)|(?P<wk>week(?:end)?)(?:\s+of\s+(?P<month>{MONTH})\s*(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?(?!\d))?|(?P<yr>year|month|decade)"
                     r"(?!\s+(?:before|after|earlier|later|ago|two|nineteen|\d+)\b)|(?P<dy>day)(?=\s*[,.;:!?)])|(?:(?<=earlier\sin\sthe\s)|(?<=later\sin\sthe\s)|(?<=early\sin\sthe\s)|(?<=late\sin\sthe\s))(?P<dy2>day))(?![\w-])",
         "DATE", "the_unit", (
             ("Protests continued over the weekend.", "1990-08-13", "the weekend", "1990-W32-WE", "DATE"),
             ("Net income for the year ended Sept. 30 rose.", "1989-11-02", "the year", "P1Y", "DURATION"),
             ("For the year, volume was flat.", "1989-11-02", "the year", "1989", "DATE"),
             ("The case may be resolved in a hearing the week of March 6, he said.", "2000-02-24", "the week of March 6", "2000-W10", "DATE"),
             ("It cut costs by the end of the year.", "1989-11-02", "the end of the year", "1989", "DATE"),
             ("Troops will arrive by the end of the month.", "1990-08-13", "the end of the month", "1990-08", "DATE"),
             ("Sales were delayed earlier in the year by rain.", "1989-11-02", "earlier in the year", "1989", "DATE"),
             ("Stocks closed 2% higher on the day.", "1998-02-13", "the day", "1998-02-13", "DATE"),
             ("Later in the day, the envoy testified.", "2019-11-19", "Later in the day", "2019-11-19", "DATE"),
             ("He spoke on Monday. Later in the day he left.", "2019-11-19", "Later in the day", "2019-11-18", "DATE"),
         ), mods="range", triggers=('unit',)),
    # ------------------------------------------------------------------ relative dates
    Rule("deictic_day", r"{B}(?P<w>today|tomorrow|yesterday|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?![\w-])",
         "DATE", "deictic_day", (
             ("\"Today or tomorrow the city may be liberated,\" he said.", "2017-10-14", "Today", "2017-10-14", "DATE"),
             ("\"Today or tomorrow the city may be liberated,\" he said.", "2017-10-14", "tomorrow", "2017-10-15", "DATE"),
             ("The talks ended yesterday.", "1998-08-10", "yesterday", "1998-08-09", "DATE"),
             ("Officials will meet tonight.", "2000-01-10", "tonight", "2000-01-10TNI", "TIME"),
             ("The council met late yesterday.", "1991-02-25", "late yesterday", "1991-02-24", "DATE"),
             ("Earlier yesterday, the exchange was told.", "1989-11-01", "Earlier yesterday", "1989-10-31", "DATE"),
             ("The probe flew to Venus. Today the mission has grown.", "2019-11-19", "Today", "2019-11-19", "DATE"),
         ), mods="range", triggers=('deictic',)),
    Rule("relative_unit", r"{B}(?:the\s+)?(?P<dir>this|last|next|past|coming|previous|current|following|preceding|same|prior|latest)\s+(?:(?:fiscal|calendar)\s+(?=year))?(?P<unit>{CALUNIT})(?P<orso>\s+or\s+so)?(?![\w-])",
         "DATE", "relative_unit", (
             ("Prices rose last month.", "1998-02-06", "last month", "1998-01", "DATE"),
             ("The summit is next year.", "2017-10-14", "next year", "2018", "DATE"),
             ("Shares fell this week.", "2017-10-14", "this week", "2017-W41", "DATE"),
             ("Sales rose earlier this year.", "1989-10-30", "earlier this year", "1989", "DATE"),
             ("He arrived on May 3 and left the following month.", "2017-10-14", "the following month", "2017-06", "DATE"),
             ("Sales in the current fiscal year will rise.", "1989-11-02", "the current fiscal year", "1989", "DATE"),
             ("Plants will be closed over the next year or so.", "1989-11-02", "the next year or so", "1990", "DATE"),
             ("Prices doubled over the past decade.", "1998-10-25", "the past decade", "P10Y", "DURATION"),
             ("The war ended in 2003. In the following decade the city grew.", "2017-10-14", "the following decade", "P10Y", "DURATION"),
             ("Output will double by the end of the next decade.", "2019-11-20", "the end of the next decade", "202", "DATE"),
         ), mods="range", triggers=('unit',), year_back=YearBack.DEICTIC),
    Rule("that_unit", r"{B}(?:that(?:\s+same)?|the\s+same)\s+(?:(?P<unit>day|week|month|quarter|year|morning|afternoon|evening|night)|(?P<season>{SEASON}))(?![\w-])",
         "DATE", "that_unit", (
             ("He arrived on Oct. 3, 1998. That day it rained.", "1999-01-01", "That day", "1998-10-03", "DATE"),
             ("It lost money in the second quarter of 1988. Results for that quarter included a charge.", "1989-10-27", "that quarter", "1988-Q2", "DATE"),
             ("He fled in June 1998 and returned later that year.", "2000-01-28", "later that year", "1998", "DATE"),
             ("The Bastille fell on 14 July 1789; that afternoon the crowd marched.", "2009-12-19", "that afternoon", "1789-07-14TAF", "TIME"),
             ("She moved to Nashville in 2009. That summer she wrote a hundred songs.", "2019-11-13", "That summer", "2009-SU", "DATE"),
         ), mods="range", triggers=('unit', 'deictic', 'season')),
    *PARTS_OF_DAY,                     # "In the morning, ...": the day spoken of
    Rule("ago", r"{B}(?P<num>{NUMWORD}|{DIGITS})\s+(?P<unit>{UNIT})s?(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|on(?=\s*[,;]))(?![\w-])",
         "DATE", "ago", (
             ("The company was founded two years ago.", "2017-10-14", "two years ago", "2015", "DATE"),
             ("He left 11 days ago.", "1999-04-19", "11 days ago", "1999-04-08", "DATE"),
             ("Updated 2 hours ago", "2017-10-18", "2 hours ago", "2017-10-18", "DATE"),
             ("He arrived on May 3, 2017. Two days later he left.", "2017-10-14", "Two days later", "2017-05-05", "DATE"),
             ("It happened nearly two years ago.", "1989-11-01", "nearly two years ago", "1987", "DATE"),
             ("The flood struck in May 2011. Two years on, survivors wait.", "2013-03-22", "Two years on", "2013", "DATE"),
             ("The flood struck on May 3, 2011. A year and a half later, little has changed.", "2013-03-22", "A year and a half later", "2012-11", "DATE"),
             ("Then, a week or so ago, the general picked a date.", "1991-02-25", "a week or so ago", "1991-W08", "DATE"),
         ), mods="both", triggers=('unit',), year_back=YearBack.COUNTED),
    Rule("year_earlier", r"{B}(?:(?P<det>the)\s+)?(?:comparable\s+|same\s+)?year[\s-](?:earlier|ago)(?P<sfx>\s+(?:(?:first|second|third|fourth)\s+quarter|quarter|period|nine\s+months|six\s+months|month|first\s+half|second\s+half))?(?![\w-])",
         "DATE", "year_earlier", (
             ("Profit rose in the third quarter of 1989 from $5 million year-earlier.", "1989-11-02", "year-earlier", "1988-Q3", "DATE"),
             ("Net rose in the third quarter of 1989. The year-ago results were restated.", "1989-11-02", "year-ago", "1988-Q3", "DATE"),
         ), triggers=('unit',), year_back=YearBack.COMPARED),
    Rule("year_end", r"{B}(?:the\s+)?(?:year[\s-]end|year's\s+end)(?![\w-])", "DATE", "year_end", (
        ("The deal should close by year-end.", "1989-11-02", "year-end", "1989", "DATE"),), mods="range", triggers=('unit',)),
    Rule("weekday", r"{B}(?:(?P<dir>last|next|this|coming|past|the\s+previous|the\s+following|the\s+next)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?(?![\w-]|(?-i:'s\s+[A-Z]))",
         "DATE", "weekday", (
             ("US-backed forces were on the brink of victory on Saturday, officials said.", "2017-10-14", "Saturday", "2017-10-14", "DATE"),
             ("They had surrendered since Friday.", "2017-10-14", "Friday", "2017-10-13", "DATE"),
             ("The ministers will meet Friday.", "2017-10-11", "Friday", "2017-10-13", "DATE"),
             ("The minister said Friday that talks failed.", "2017-10-14", "Friday", "2017-10-13", "DATE"),
             ("The index fell 4.5% from the previous Friday.", "1989-10-30", "the previous Friday", "1989-10-27", "DATE"),
             ("Rebels attacked Friday morning.", "2017-10-14", "Friday morning", "2017-10-13TMO", "DATE"),
             ("The talks resumed Friday afternoon.", "2017-10-14", "Friday afternoon", "2017-10-13TAF", "TIME"),
         ), mods="range", triggers=('weekday',)),
    Rule("part_of_day", r"{B}(?:(?P<dir>this|yesterday|tomorrow|last|early\s+this|late\s+this|later\s+this|earlier\s+this|the\s+next|the\s+following|the\s+previous)\s+(?P<part>morning|afternoon|evening|night)"
                        r"|(?P<part2>morning|afternoon|evening|night)\s+(?P<dir2>yesterday|today|tomorrow)"
                        r"|(?:(?<=mid-)|(?<=mid\s))(?P<part3>morning|afternoon|evening))(?![\w-])",
         "TIME", "part_of_day", (
             ("Troops arrived this morning.", "1998-02-06", "this morning", "1998-02-06TMO", "TIME"),
             ("Fighting broke out last night.", "1998-01-20", "last night", "1998-01-19TNI", "TIME"),
             ("He looked healthy when he appeared in court the next morning.", "2000-02-24", "the next morning", "2000-02-25TMO", "TIME"),
             ("In London at mid-afternoon yesterday, shares were up.", "1989-11-02", "mid-afternoon yesterday", "1989-11-01TAF", "TIME"),
             ("By mid afternoon, officials said the operation was over.", "1998-03-06", "mid afternoon", "1998-03-06TAF", "TIME"),
         ), mods="range", triggers=('deictic',)),
    Rule("clock", r"{B}(?P<clock>{CLOCK})(?:\s*\(?(?P<tz>{TZ})\)?)?(?:(?:\s+local\s+time(?:\s*\([^()\n]{2,16}\))?)?,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<rel>today|tomorrow|yesterday|tonight)|(?P<month>{MONTH})\s*(?P<day>{DAY})(?!,?\s*{YEAR})))?(?![\w-])",
         "TIME", "clock", (
             ("The meeting starts at 10 a.m.", "2017-10-14", "10 a.m.", "2017-10-14T10:00", "TIME"),
             ("Polls close at 10 p.m. Wednesday.", "1998-02-13", "10 p.m. Wednesday", "1998-02-11T22:00", "TIME"),
             ("It exploded at 10:35 a.m. local time.", "1998-08-07", "10:35 a.m.", "1998-08-07T10:35", "TIME"),
             ("It ended close to 2 a.m. local time (0100 GMT) on Wednesday.", "2019-11-19", "2 a.m. local time (0100 GMT) on Wednesday", "2019-11-20T02:00", "TIME"),
             ("Polls closed at 9 p.m. on Wednesday.", "2019-11-19", "9 p.m. on Wednesday", "2019-11-13T21:00", "TIME"),
             ("On 11 November 1918 he was shot at 10:57 and died.", "2009-12-19", "10:57", "1918-11-11T10:57", "TIME"),
             ("The attack began at 05:30hrs.", "1950-06-25", "05:30hrs", "1950-06-25T05:30", "TIME"),
             ("Trading opened at 9:30 GMT.", "2013-05-02", "9:30 GMT", "2013-05-02T09:30Z", "TIME"),
             ("Lowe's reports earnings Wednesday.\n\nThe company hosts a call at 9 a.m. ET.", "2019-11-19", "9 a.m. ET", "2019-11-19T09:00", "TIME"),
             ("The bombs went off on Friday.\n\nNo one has claimed them.\n\nThe blast occurred at 10:35 a.m.", "1998-08-08", "10:35 a.m.", "1998-08-07T10:35", "TIME"),
             ("They were held from May 2.\n\nThey are home now.\n\nThe plane landed at 6am.", "2019-11-20", "6am", "2019-11-20T06:00", "TIME"),
         ), mods="quant", triggers=('num',)),
    Rule("clock_hhmm", r"(?<![\w(/:.,])(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?P<tz>GMT|UTC)\b(?!\))",
         "TIME", "clock_hhmm", (
             ("The shares traded at 1.50 euros at 0930 GMT.", "2013-05-02", "0930 GMT", "2013-05-02T09:30Z", "TIME"),
         ), triggers=('num',), reach=8),
    Rule("day_ordinal", r"{B}(?:on|by|until|till|since|from|before|after)\s+(?P<x>the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
                        r"(?=\s*[,.;:)]|\s+(?:and|to|through|of\s+(?:this|next|last|the)\s+month)\b)",
         "DATE", "day_ordinal", (
             ("The strike ended on the 20th, officials said.", "2013-05-02", "the 20th", "XXXX-XX-20", "DATE"),
             ("They countered on 2 October 1920. On the 5th, the Soviets replied.", "2009-12-19", "the 5th", "1920-10-05", "DATE"),
         ), triggers=('num',), reach=24),
    Rule("noon", r"{B}(?P<hourword>noon|midnight|midday)(?:\s+(?:(?P<wd>{WEEKDAY})|(?P<rel>today|tomorrow|yesterday)))?(?![\w-])",
         "TIME", "noon", (
             ("The deadline passed at noon Thursday.", "1998-02-13", "noon Thursday", "1998-02-12T12:00", "TIME"),
         ), mods="quant", triggers=('deictic',)),
    # ------------------------------------------------------------------ durations
    *CENTURY_FRACTIONS,                # before "duration": "half a century" is not PXCE
    Rule("duration", r"{B}(?:(?:the|a|an)\s+)?(?:(?P<adj>past|last|next|first|coming|previous|latest|initial|final|remaining|following|entire|full|whole|same|other|additional|further|few)\s+)?"
                     r"(?P<num>{NUMWORD}|{DIGITS})(?:\s+(?:to|or)\s+(?P<num2>{NUMWORD}|{DIGITS}))?(?:\s+(?:more|full|straight|consecutive|additional|long|extra|other))?[\s-]+(?P<unit>{UNIT})s?"
                     r"(?:\s+(?P<half>and\s+a\s+half)|\s+(?P<orso>or\s+(?:so|two|three)))?(?![\w-])",
         "DURATION", "duration", (
             ("The siege lasted three years.", "2017-10-14", "three years", "P3Y", "DURATION"),
             ("They have 48 hours to leave.", "2017-10-14", "48 hours", "PT48H", "DURATION"),
             ("It has been more than a decade.", "2017-10-14", "more than a decade", "P10Y", "DURATION"),
             ("It is bound by agreements of the past two centuries.", "2009-12-19", "the past two centuries", "P2CE", "DURATION"),
             ("Sales rose in the first nine months.", "1989-10-26", "the first nine months", "P9M", "DURATION"),
             ("a 10-hour flight", "1998-01-01", "10-hour", "PT10H", "DURATION"),
             ("For the nine months, net rose 4.3%.", "1989-10-26", "the nine months", "P9M", "DURATION"),
             ("Shipments resume within two to three weeks.", "1989-10-26", "two to three weeks", "P2W", "DURATION"),
             ("Over the next two years or so, share rose.", "1989-10-26", "the next two years or so", "P2Y", "DURATION"),
             ("The call lasted a minute and a half.", "1998-01-14", "a minute and a half", "PT1M30S", "DURATION"),
         ), mods="quant", triggers=('unit',)),
    Rule("long_duration", r"{B}(?:(?P<num>{NUMWORD}|\d{1,3})-)?(?P<unit>hour|day|week|month|year|decade|centurie|century)(?P<pl>s)?-?long(?![\w-])",
         "DURATION", "long_duration", (
             ("It ended a decades-long battle.", "2000-01-15", "decades-long", "PXY", "DURATION"),
             ("They left their third day-long meeting.", "2000-04-03", "day-long", "P1D", "DURATION"),
             ("The two-week-long strike ended.", "2000-04-03", "two-week-long", "P2W", "DURATION"),
             ("a yearlong study", "2000-04-03", "yearlong", "P1Y", "DURATION"),
         ), triggers=('unit',), reach=24),
    Rule("the_plural", r"{B}(?<=\bthe\s)(?P<unit>hours|days|weeks|months|years)(?=\s+(?:just\s+|immediately\s+)?(?:before|after|that\s+followed|following|leading\s+up|preceding)\b)",
         "DURATION", "the_plural", (
             ("Kopp was seen in Amherst in October 1998, in the weeks before the shooting.", "1999-05-06", "weeks", "1998-10", "DATE"),
             ("In the years that followed, the fighters waged war.", "2000-04-01", "years", "PXY", "DURATION"),
         ), triggers=('unit',), reach=40),
    Rule("ordinal_day", r"{B}(?:(?P<det>the)\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|\d{1,2}(?:st|nd|rd|th))\s+(?:full\s+)?(?P<unit>day|night|week)(?=\s+(?:of|in)\s)",
         "DATE", "ordinal_day", (
             ("It's the second day of an offensive by the security forces.", "1998-03-06", "the second day", "1998-03-06", "DATE"),
             ("He vowed to do so on his first day in office.", "1998-10-26", "first day", "1998-10-26", "DATE"),
         ), triggers=('unit',), reach=36),
    Rule("vague_period", r"{B}(?:for|in|within|after|over)\s+(?P<x>some\s+time|a\s+while|a\s+(?:fairly\s+|very\s+|relatively\s+)?(?:long|lengthy|short|brief)\s+(?:time|period|while))(?![\w-])",
         "DURATION", "fixed", (
             ("Forces could be in the gulf region for some time.", "1990-08-15", "some time", "PXX", "DURATION"),
             ("We're there to stay for a fairly lengthy period.", "1990-08-16", "a fairly lengthy period", "PXX", "DURATION"),
             ("They will live without power for a while.", "1998-01-11", "a while", "PXX", "DURATION"),
         ), params={"value": "PXX"}, triggers=('vague',), reach=48),
    Rule("vague_ago", r"{B}(?P<x>(?:days|weeks|months|years|decades)\s+(?:ago|past|gone\s+by))(?![\w-])",
         "DATE", "fixed", (
             ("Control Data, which just months ago was losing money, is healthy.", "1989-10-30", "months ago", "PAST_REF", "DATE"),
             ("A prestigious group this year, and in years past.", "2018-04-09", "years past", "PAST_REF", "DATE"),
         ), params={"value": "PAST_REF"}, triggers=('unit',), reach=24),
    Rule("vague_duration", r"{B}(?:(?:the\s+)?(?P<adj>past|last|next|coming|few|several|many|recent)\s+)?(?P<unit>second|minute|hour|day|week|month|year|decade|quarter|centurie)s(?:\s+(?:or|and)\s+(?:days|weeks|months|years|decades))?(?![\w-])",
         "DURATION", "vague_duration", (
             ("The city could be clear of IS forces within days.", "2017-10-14", "days", "PXD", "DURATION"),
             ("Prices have risen in recent years.", "1998-01-01", "recent years", "PAST_REF", "DATE"),
         ), mods="quant", triggers=('unit',)),
    # ------------------------------------------------------------------ sets
    Rule("set_word", r"{B}(?P<w>{SETWORD})(?![\w-])", "SET", "set_word", (
        ("The paper is published daily.", "2000-01-01", "daily", "P1D", "SET"),
        ("The fee is paid annually.", "2000-01-01", "annually", "P1Y", "SET"),
    ), triggers=('set',)),
    Rule("set_every", r"{B}(?P<q>every|each)\s+(?:(?P<num>{NUMWORD}|\d{1,3})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{MONTH_FULL}|morning|evening|afternoon)(?![\w-])",
         "SET", "set_every", (
             ("The committee meets every week.", "2000-01-01", "every week", "P1W", "SET"),
             ("The market opens each Thursday.", "1998-02-13", "each Thursday", "XXXX-WXX-4", "SET"),
             ("He ran every morning.", "1998-02-13", "every morning", "XXXX-XX-XXTMO", "SET"),
             ("The league adds a team each season.", "1998-02-13", "each season", "P3M", "SET"),
         ), triggers=('set',)),
    Rule("set_times", r"{B}(?:once|twice|thrice|(?:{NUMWORD}|\d{1,3})\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT})(?![\w-])",
         "SET", "set_times", (
             ("He calls twice a week.", "2000-01-01", "twice a week", "P1W", "SET"),
         ), triggers=('set',)),
    Rule("weekday_plural", r"{B}(?P<wd>{WEEKDAY})(?:s(?:\s+(?P<part>mornings|afternoons|evenings|nights))?|\s+(?P<part2>mornings|afternoons|evenings|nights))(?![\w-])",
         "SET", "weekday_plural", (
             ("The show airs Tuesday nights.", "1998-02-13", "Tuesday nights", "XXXX-WXX-2TNI", "SET"),
         ), triggers=('weekday',)),
    # ------------------------------------------------------------------ vague references
    Rule("ref", r"{B}(?P<w>{REF})(?![\w-])", "DATE", "ref", (
        ("\"We still expect difficult fighting in the days ahead,\" he said.", "2017-10-14", "the days ahead", "FUTURE_REF", "DATE"),
        ("The company is now profitable.", "2017-10-14", "now", "PRESENT_REF", "DATE"),
        ("Sales fell recently.", "2017-10-14", "recently", "PAST_REF", "DATE"),
    ), triggers=('ref',)),
) + NARRATIVE_RULES
