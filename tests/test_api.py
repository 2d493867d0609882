"""The public API stays small, explicit and light to import."""
import subprocess
import sys

import chrono

EXPECTED = {
    "AnchorPolicy", "Chronology", "ChronoError", "Document", "Event", "FORMATS", "Grain", "InputError",
    "Mention", "Modality", "NoPublicationDate", "OutputError", "Relation", "Timex", "TimexType", "When",
    "__version__", "build", "read", "tag", "write",
}


def test_all_is_the_documented_api():
    assert set(chrono.__all__) == EXPECTED
    for name in chrono.__all__:
        assert hasattr(chrono, name), name


def test_import_is_light():
    code = ("import sys, chrono; heavy = [m for m in ('matplotlib', 'docx', 'dateparser', 'spacy', 'trafilatura') if m in sys.modules];"
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_py_typed_marker_ships():
    from pathlib import Path
    assert (Path(chrono.__file__).parent / "py.typed").exists()


def test_readme_library_snippet_holds():
    """The README's library example prints what it says."""
    from datetime import date
    [t] = chrono.tag("The offensive started in June.", date(2017, 10, 14))
    assert (t.start, t.end, t.text, t.type.value, t.value) == (25, 29, "June", "DATE", "2017-06")
