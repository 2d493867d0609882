"""``--locale``: dates from babel's CLDR data for any locale, headings from the pack of its language
(else English); a bad locale is one line and exit 2; the default path never imports babel."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner

import chrono
from chrono import lang, locales
from chrono.cli import main
from chrono.datetext import day_text, month_text, show, words_of
from chrono.model import Grain, Relation, When
from chrono.present import Briefing
from chrono.settings import Settings

babel_core = pytest.importorskip("babel.core")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"
FRI = date(2017, 10, 13)


@pytest.mark.parametrize("pattern,expected", [
    ("E, d 'de' MMM 'de' y", "{weekday}, {day} de {month} de {year}"),
    ("E d MMM", "{weekday} {day} {month}"),
    ("E, MMM d, y", "{weekday}, {month} {day}, {year}"),
    ("y年M月d日(E)", "{year}年{month_number}月{day}日({weekday})"),
    ("d 'o''clock' MMM", "{day} o'clock {month}"),
    ("MMM {y}", "{month} {{{year}}}"),
    ("d/M/yy", None),                       # a two-digit year: no template, the pack's is kept
    ("G y", None),
])
def test_cldr_pattern_as_template(pattern, expected):
    assert locales.template(pattern) == expected


@pytest.mark.parametrize("locale,day,day_short,month", [
    ("en_GB", "Fri, 13 Oct 2017", "Fri 13 Oct", "Oct 2017"),
    ("en_US", "Fri, Oct 13, 2017", "Fri, Oct 13", "Oct 2017"),
    ("de_CH", "Fr., 13. Okt. 2017", "Fr., 13. Okt.", "Okt. 2017"),
    ("fr", "ven. 13 oct. 2017", "ven. 13 oct.", "oct. 2017"),
    ("es", "vie, 13 oct 2017", "vie, 13 oct", "oct 2017"),
    ("pt_BR", "sex., 13 de out. de 2017", "sex., 13 de out.", "out. de 2017"),
    ("ja", "2017年10月13日(金)", "10月13日(金)", "2017年10月"),
])
def test_locale_dates(locale, day, day_short, month):
    w = locales.date_words(locale)
    assert (day_text(FRI, words=w), day_text(FRI, year=False, words=w), month_text(FRI, words=w)) == \
        (day, day_short, month)


@pytest.mark.parametrize("locale", ["en_GB", "de_CH", "es_MX", "fr_CA", "pt_BR", "it", "ru"])
def test_names_are_cldr(locale):
    loc = babel_core.Locale.parse(locale)
    w = locales.date_words(locale)
    assert w.months == tuple(loc.months["format"]["abbreviated"][i] for i in range(1, 13))
    assert w.weekdays == tuple(loc.days["format"]["abbreviated"][i] for i in range(7))
    assert w.weekdays[FRI.weekday()] == loc.days["format"]["abbreviated"][4]


@pytest.mark.parametrize("locale,pack", [("de_CH", "de"), ("de_AT", "de"), ("es_MX", "es"), ("fr_BE", "fr"),
                                         ("en_GB", "en"), ("pt_BR", "en"), ("ja", "en")])
def test_words_of_the_locale_language_else_english(locale, pack):
    words = words_of(locale=locale)
    own = lang.get(pack).display
    assert words.briefing == own.briefing and words.timeline == own.timeline
    assert words.dates.mods == own.dates.mods and words.dates.relations == own.dates.relations
    since = When("2017-10-13", None, FRI, date(2017, 10, 14), Grain.DAY, Relation.SINCE)
    assert show(since, words=words.dates) == own.dates.relations["since"].format(
        text=day_text(FRI, words=words.dates))


@pytest.mark.parametrize("name,canonical", [("pt-BR", "pt_BR"), ("pt_br", "pt_BR"), (" de_CH ", "de_CH"),
                                            ("fr", "fr")])
def test_locale_names(name, canonical):
    assert locales.parse(name) == canonical


@pytest.mark.parametrize("bad", ["xx_YY", "zz", "", "de CH", "english"])
def test_unknown_locale(bad):
    with pytest.raises(locales.UnknownLocale):
        locales.parse(bad)


@pytest.mark.parametrize("command", ["build", "render"])
def test_bad_locale_is_one_line_and_exit_2(command, tmp_path):
    target = str(EXAMPLE) if command == "build" else str(tmp_path / "x.json")
    result = CliRunner().invoke(main, [command, target, "--locale", "xx_YY", "--out", str(tmp_path)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == ["chrono: error: unknown locale 'xx_YY'; give a CLDR locale such as en_GB, de_CH, fr, pt_BR"]
    assert not list(tmp_path.iterdir())


@lru_cache(maxsize=None)
def _example():
    return chrono.build(EXAMPLE)


def _docx_text(path: Path) -> str:
    import docx
    d = docx.Document(str(path))
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


@pytest.mark.parametrize("locale,heading,shown", [
    ("pt_BR", "Chronology", "sex., 13 de out."),         # English headings, Portuguese dates
    ("de_CH", "Chronologie", "Fr., 13. Okt."),
    ("en_US", "Chronology", "Fri, Oct 13"),
])
def test_briefing_in_a_locale(locale, heading, shown, tmp_path):
    chron = _example().replace(locale=locale)
    b = Briefing.of(chron)
    assert any(r.date_short.endswith(shown) for r in b.rows), [r.date_short for r in b.rows]
    (path,) = chrono.write(chron, tmp_path, formats=["docx"])
    text = _docx_text(path)
    assert heading in text and shown in text


def test_default_is_the_pack_without_babel():
    """No locale: the pack's own names (the same CLDR names written out), and babel is never loaded."""
    code = ("import sys, chrono; from chrono.present import Briefing; "
            f"c = chrono.build({str(EXAMPLE)!r}); b = Briefing.of(c); "
            "print(b.rows[4].date, any(m.split('.')[0] == 'babel' for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split("\n")[0].endswith("False")


def test_settings_locale_reaches_the_chronology():
    doc = chrono.read(EXAMPLE)
    chron = chrono.build(doc, settings=Settings(locale="fr_CA"))
    assert chron.locale == "fr_CA" and chrono.build(doc).locale is None
    assert Briefing.of(chron).words.briefing == lang.get("fr").display.briefing


def test_cli_build_and_render_with_a_locale(tmp_path):
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(EXAMPLE), "--locale", "pt-BR", "--format", "json,docx",
                                 "--out", str(tmp_path), "-q"])
    assert built.exit_code == 0, built.output
    assert "de out." in _docx_text(tmp_path / "dw-raqqa-2017-10-14.docx")
    rendered = runner.invoke(main, ["render", str(tmp_path / "dw-raqqa-2017-10-14.json"), "--format", "docx",
                                    "--locale", "de_CH", "--name", "de"])
    assert rendered.exit_code == 0, rendered.output
    text = _docx_text(tmp_path / "de.docx")
    assert "Chronologie" in text and "Okt." in text
