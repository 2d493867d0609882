"""The language of an article, from each pack's function words (issue 14)."""
from __future__ import annotations

from pathlib import Path

import pytest

from chrono.lang import available, complete
from chrono.lang.detect import detect

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def test_the_example_is_english():
    assert detect((ROOT / "examples" / "dw-raqqa-2017-10-14.txt").read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize("text,code", [
    ("The army said on Friday that the city had fallen and that the fighters had left it.", "en"),
    ("El ejército dijo el viernes que la ciudad había caído y que los combatientes la habían dejado.", "es"),
    ("Die Armee sagte am Freitag, dass die Stadt gefallen sei und die Kämpfer sie verlassen hätten.", "de"),
])
def test_one_sentence_is_enough(text, code):
    if code not in available():
        pytest.skip(f"no {code} pack yet")
    assert detect(text, codes=available()) == code
    assert detect(text) == (code if code in complete() else "en")   # only complete packs are chosen unasked


def test_no_evidence_gives_the_default():
    assert detect("") == "en" and detect("12 34 56 !!") == "en" and detect("Xqz vrt plk.", default="es") == "es"


def test_spanish_news_is_spanish():
    folder = SHARED / "news-multi" / "es"
    if not folder.is_dir() or "es" not in available():
        pytest.skip("needs ../shared/data/news-multi/es and the Spanish pack")
    found = [detect(p.read_text(encoding="utf-8", errors="replace"), codes=available())
             for p in sorted(folder.glob("*"))[:30]]
    assert found.count("es") == len(found)


def test_function_words_count_as_evidence_not_only_openers():
    # Its openers ("La", "El") are shared with French; "que", "le", "porque", "su", "donde" tip it.
    text = ("María está triste porque ha perdido el anillo que le regaló su marido. "
            "La joya (que vale mucho) se perdió en Londres, donde vive su hermana.")
    if "es" not in complete():
        pytest.skip("no complete es pack")
    assert detect(text) == "es"
