"""Bad input, faults and hostile text get a clear error (exit 2, one line) and lose nothing (issue 6)."""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import chrono
from chrono.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"
TEXT = EXAMPLE.read_text(encoding="utf-8")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines and lines[-1].startswith(("chrono: error:", "Error:")), result.output
    for needle in needles:
        assert needle in result.output, (needle, result.output)


def put(name: str, data: bytes):
    def make(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name
    return make


@pytest.mark.parametrize("make,needles", [
    (lambda p: p / "missing.txt", ["no such file"]),
    (put("empty.txt", b""), ["empty"]),
    (put("blank.txt", b" \n\t\r\n  \xc2\xa0\n"), ["whitespace"]),
    (put("nul.txt", b"Some text\x00\x00\x01 more"), ["binary"]),
    (put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))), ["PNG image"]),
    (put("doc.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4), ["PDF"]),
    (lambda p: (p / "empty_folder").mkdir() or p / "empty_folder", ["no articles"]),
])
def test_unreadable_input_exits_2_with_one_line(tmp_path, make, needles):
    path = make(tmp_path)
    for command in (["build", str(path), "--out", str(tmp_path / "out")], ["tag", str(path)]):
        if command[0] == "tag" and path.is_dir():
            continue
        one_line_error(run(*command), *needles)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_debug_shows_the_traceback(tmp_path):
    result = run("--debug", "build", str(tmp_path / "missing.txt"))
    assert result.exit_code != 0
    assert isinstance(result.exception, chrono.InputError)


def test_no_publication_date_names_the_option(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Rebels took the town on Friday, officials said.\n", encoding="utf-8")
    one_line_error(run("build", str(path), "--out", str(tmp_path)), "--published")
    with pytest.raises(chrono.NoPublicationDate):
        chrono.build(path)
    ok = run("build", str(path), "--published", "2017-10-14", "--format", "json", "--out", str(tmp_path))
    assert ok.exit_code == 0, ok.output


def test_too_large_input_names_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONO_MAX_BYTES", "1000")
    one_line_error(run("build", str(EXAMPLE), "--out", str(tmp_path)), "CHRONO_MAX_BYTES")


ENCODINGS = [
    ("cp1252", lambda t: t.replace("\xa0", " ").encode("cp1252")),
    ("latin-1", lambda t: t.encode("latin-1")),
    ("utf-8-sig", lambda t: t.encode("utf-8-sig")),
    ("crlf", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
]


def summary(chron: chrono.Chronology) -> list[tuple]:
    return [(e.when.value, e.when.mod, e.modality.value, e.headline) for e in chron.events]


@pytest.mark.parametrize("name,encode", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings_give_the_same_chronology(tmp_path, name, encode):
    clean = chrono.build(EXAMPLE)
    path = tmp_path / f"article-{name}.txt"
    path.write_bytes(encode(TEXT))
    other = chrono.build(path)
    assert other.documents[0].published == date(2017, 10, 14)
    assert other.documents[0].title == clean.documents[0].title
    assert summary(other) == summary(clean)


def test_html_page_gives_the_same_events(tmp_path):
    paras = [p.strip() for p in TEXT.split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{p}</p>" for p in paras[3:])
    page = (f"<html><head><title>{paras[2]} | DW</title><script>var x = 'October 1, 2001';</script></head>"
            f"<body><nav><a href='/'>Home</a></nav><h1>{paras[2]}</h1><time datetime='2017-10-14'>October 14, 2017</time>"
            f"<article>{body}</article><footer>© 2017 DW</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    chron = chrono.build(path)
    assert chron.documents[0].published == date(2017, 10, 14)
    values = {e.when.value for e in chron.events}
    assert {"2015-11", "2017-06", "2017-07", "2017-10-13", "2017-10-14"} <= values


def test_stdin_gives_the_same_chronology(tmp_path):
    result = CliRunner().invoke(main, ["build", "-", "--format", "json", "--out", str(tmp_path)], input=TEXT)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "article.json").read_text(encoding="utf-8"))
    clean = chrono.build(EXAMPLE)
    assert [e["headline"] for e in data["events"]] == [e.headline for e in clean.events]


HOSTILE = ("\x01\x02\x07\x0b\x0c\x1b\x7f\u200b\u200e\u202e\ufeff\U0001F600\ud800 "
           + "9" * 5000 + " " + "/-." * 2000 + " " + "(" * 3000 + "January " * 500)


def test_control_characters_and_odd_unicode_never_break_the_outputs(tmp_path):
    text = ("Hostile \x07 title \u202e\U0001F600\n\nOctober 14, 2017\n\n"
            f"Rebels \x0b took \u200bthe town on Friday\x1b, officials\U0001F600 said. {HOSTILE}\n"
            f"The army will attack next week\x0c, a spokesman said. {'x' * 20000}\n")
    doc = chrono.read(text.encode("utf-8", "surrogatepass"))
    chron = chrono.build(doc)
    written = chrono.write(chron, tmp_path, formats=list(chrono.FORMATS))
    assert len(written) == len(chrono.FORMATS)
    for path in written:
        assert path.stat().st_size > 0
    json.loads((tmp_path / "article.json").read_text(encoding="utf-8"))


def test_output_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    one_line_error(run("build", str(EXAMPLE), "--format", "json", "--out", str(blocker / "sub")), str(blocker))


def test_failing_renderer_leaves_the_old_file_whole(tmp_path, monkeypatch):
    ok = run("build", str(EXAMPLE), "--format", "json,csv", "--out", str(tmp_path))
    assert ok.exit_code == 0, ok.output
    before = (tmp_path / "dw-raqqa-2017-10-14.csv").read_bytes()

    def broken(chron, path, **_):
        path.write_text("half a fi")
        raise RuntimeError("disk on fire")

    import chrono.export.csv_export as csv_export
    monkeypatch.setattr(csv_export, "write", broken)
    result = run("build", str(EXAMPLE), "--format", "csv", "--out", str(tmp_path))
    one_line_error(result, "dw-raqqa-2017-10-14.csv", "disk on fire")
    assert (tmp_path / "dw-raqqa-2017-10-14.csv").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dw-raqqa-2017-10-14.csv", "dw-raqqa-2017-10-14.json"]


@pytest.mark.parametrize("name", ["../../escape", "/etc/passwd", "..", "CON", "a/b\\c", "", "  "])
def test_names_never_write_outside_the_output_folder(tmp_path, name):
    out = tmp_path / "out"
    result = run("build", str(EXAMPLE), "--format", "json", "--out", str(out), "--name", name)
    assert result.exit_code == 0, result.output
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files and all(out in p.parents for p in files)
    assert all(p.parent == out for p in files)


def test_title_with_slashes_is_only_a_title(tmp_path):
    result = run("build", str(EXAMPLE), "--format", "json,docx", "--out", str(tmp_path), "--title", "../../a/b: c")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dw-raqqa-2017-10-14.docx", "dw-raqqa-2017-10-14.json"]


def test_several_articles_with_one_bad_one_are_reported_not_fatal(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    out = tmp_path / "o"
    result = run("build", str(tmp_path / "good.txt"), str(tmp_path / "bad.txt"), "--format", "json",
                 "--out", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "bad.txt" in result.output
    strict = run("build", str(tmp_path / "good.txt"), str(tmp_path / "bad.txt"), "--format", "json",
                 "--out", str(out), "--strict", "--jobs", "1")
    one_line_error(strict, "bad.txt")


def test_outputs_are_deterministic(tmp_path):
    import zipfile
    formats = "json,csv,timeml,timelinejs,ics,png,svg,docx"
    for folder in ("a", "b"):
        result = run("build", str(EXAMPLE), "--format", formats, "--out", str(tmp_path / folder))
        assert result.exit_code == 0, result.output
    for path in sorted((tmp_path / "a").iterdir()):
        twin = tmp_path / "b" / path.name
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as za, zipfile.ZipFile(twin) as zb:
                assert za.namelist() == zb.namelist()
                for member in za.namelist():
                    assert za.read(member) == zb.read(member), member
        else:
            assert path.read_bytes() == twin.read_bytes(), path.name


def test_same_chronology_across_processes_and_jobs(tmp_path):
    """Byte-identical outputs whatever the hash seed of the process and the number of workers."""
    import subprocess
    import sys
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    second = ROOT / "tests" / "data" / "events" / "dw-raqqa-2017-10-17.txt"
    (folder / "b.txt").write_text(second.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "c.txt").write_text(TEXT.replace("October 14, 2017", "October 15, 2017"), encoding="utf-8")
    outs = []
    for seed, jobs in (("1", "1"), ("2", "2"), ("3", "3")):
        out = tmp_path / f"out{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "chrono", "build", str(folder), "--jobs", jobs, "-q",
                        "--format", "json,csv,timeml,ics,timelinejs", "--out", str(out)],
                       check=True, env=env, capture_output=True)
        outs.append(out)
    for path in sorted(outs[0].iterdir()):
        for other in outs[1:]:
            assert (other / path.name).read_bytes() == path.read_bytes(), path.name


def test_outputs_are_ordinary_files_not_private_temporaries(tmp_path):
    import stat
    mask = os.umask(0o022)
    os.umask(mask)
    result = run("build", str(EXAMPLE), "--format", "json,csv", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    for path in tmp_path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path.name


def test_a_corpus_of_no_article_is_a_clear_error():
    from chrono.pipeline import build_corpus
    with pytest.raises(chrono.InputError, match="no article"):
        build_corpus()
