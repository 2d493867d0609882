"""A pack builds its Language on first use: language detection and ``complete()`` read one part only.

Detecting the language of a text reads every complete pack's sentence openers (its reader words);
it must not import the other packs' rule tables, event words or display words (issue 16: a cold
build paid ~40 ms for them). ``chrono.lang.get(code)`` still gives the whole pack.
"""
from __future__ import annotations

import json
import subprocess
import sys

from chrono import lang

PROBE = r"""
import json, sys
from chrono.lang import complete, part
from chrono.lang.detect import detect
code = detect("The army said on Friday that the city had fallen and the fighters had left.")
print(json.dumps({"code": code, "complete": complete(), "reading": part("de", "reading") is not None,
                  "loaded": sorted(m for m in sys.modules if m.startswith("chrono.lang.") and m.count(".") >= 3)}))
"""


def test_detection_imports_no_rule_table_of_another_pack():
    out = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True).stdout
    found = json.loads(out.strip().splitlines()[-1])
    assert found["code"] == "en" and found["reading"]
    assert {"de", "en", "es", "fr"} <= set(found["complete"])
    for code in ("de", "es", "fr"):
        for heavy in ("events", "display", "timex.rules", "timex.cues"):
            assert f"chrono.lang.{code}.{heavy}" not in found["loaded"], found["loaded"]


def test_the_whole_pack_is_still_one_language():
    from chrono.lang.de import LANGUAGE
    de = lang.get("de")
    assert de is LANGUAGE and de.code == "de" and de.name == "German"
    assert all(getattr(de, stage) is not None for stage in lang.STAGES)
    assert lang.part("de", "reading") is de.reading and lang.part("de", "timex") is de.timex
    assert de.timex.rules                          # the rule table is built when asked for


def test_complete_agrees_with_the_built_packs():
    built = [c for c in lang.available() if all(getattr(lang.get(c), s) is not None for s in lang.STAGES)]
    assert lang.complete() == built
