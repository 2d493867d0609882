"""The layout of the package: English lives in ``chrono/lang/en/``, modules and functions stay small.

The scan reads every module of ``chrono/`` outside ``chrono/lang/en/`` and looks, in its string
literals, for English words of the kinds a language pack holds: month and weekday names, words of time,
number words, modifiers, reporting verbs, modal and negation words, function words of patterns. A
literal that is a message to a person (an exception, a log record, a warning, command-line help) or a
docstring is not data and is not scanned. A hit means a word of English is wired into code: move it
to the pack, where the stage reads it from its :class:`chrono.lang.Language`.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "chrono"
PACK = ROOT / "lang" / "en"

#: The English words the scan looks for (lower case, whole words).
ENGLISH = frozenset("""
january february march april june july august september october november december
jan feb apr jun jul aug sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat
yesterday today tomorrow tonight ago earlier later lately recently currently nowadays upcoming ahead
morning afternoon evening midnight noon midday overnight spring summer autumn winter christmas
daily weekly monthly yearly annually hourly fortnight weekends decades centuries
one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand dozen
first second third fourth several few
early late mid about around nearly approximately almost roughly
last next this that these those previous following coming
the of and or an since until till during before after by through from into within
said says told announced according reported added stated
will would could should might shall must may can cannot
not never no nor neither
was were had has have been being is are am
he she they we it his her their its who whom which whose what
than more less most least
""".split())

#: Calls whose string arguments are messages to a person, not language data.
MESSAGE_CALLS = re.compile(r"(?:Error|Exception|Warning|Exit|Abort)$|^(?:log|logger|logging|warnings|click|echo|"
                           r"secho|print|fail|skip|xfail|warn)$")
MESSAGE_KEYWORDS = frozenset({"help", "metavar", "prompt", "epilog", "short_help", "description", "reason"})
#: Names (module constants, parameters with defaults) whose strings are messages to a person.
MESSAGE_NAMES = frozenset({"MAGIC_NUMBERS", "NOT_A_FILE", "label", "__all__"})
_REGEX_NOISE = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)|\{[A-Z_0-9]+\}|\[\^?[^\]]*\]")
#: A word: letters not joined to other letters, digits, underscores or hyphens (identifiers and markup
#: names such as ``last-modified`` are not words); upper-case codes (TIMEX3's ``MID``, ``WE``,
#: ``PRESENT_REF``) are not words either. ``__all__`` lists identifiers.
_WORD = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z]+(?![A-Za-z0-9_-])")


#: Every language pack (``chrono/lang/<code>/``): its words are its own, whatever language they are in.
PACKS = [p.parent for p in (ROOT / "lang").glob("*/__init__.py")]


def _modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if not any(pack in p.parents for pack in PACKS))


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
        # an attribute docstring: a string statement after an assignment
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            ids.add(id(node.value))
    return ids


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr if not isinstance(func.value, ast.Name) or func.value.id not in (
            "log", "logger", "logging", "warnings", "click", "pytest") else func.value.id
    return func.id if isinstance(func, ast.Name) else ""


def _messages(tree: ast.AST) -> set[int]:
    """The ids of string constants that are (parts of) messages to a person."""
    ids: set[int] = set()

    def take(node: ast.AST) -> None:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                ids.add(id(sub))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if MESSAGE_CALLS.search(_name(node.func)):
                for arg in node.args:
                    take(arg)
            for kw in node.keywords:
                if kw.arg in MESSAGE_KEYWORDS:
                    take(kw.value)
        elif isinstance(node, ast.Raise) and node.exc is not None:
            take(node.exc)
        elif isinstance(node, ast.JoinedStr):
            take(node)          # an f-string is written for a person (data is never formatted)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in MESSAGE_NAMES for t in targets) and node.value is not None:
                take(node.value)
        elif isinstance(node, ast.arguments):
            named = [*node.posonlyargs, *node.args][-len(node.defaults):] if node.defaults else []
            for arg, default in [*zip(named, node.defaults), *zip(node.kwonlyargs, node.kw_defaults)]:
                if arg.arg in MESSAGE_NAMES and default is not None:
                    take(default)
        elif isinstance(node, ast.ClassDef) and any(_name(b).endswith("Enum") for b in node.bases):
            take(node)          # the values of an enumeration are the codes of chrono's schema
    return ids


def english_in(path: Path) -> list[tuple[int, str, str]]:
    """(line, word, literal) for every English word in a data literal of ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree) | _messages(tree)
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            text = _REGEX_NOISE.sub(" ", node.value)
            for word in _WORD.findall(text):
                if word.lower() in ENGLISH and not (len(word) > 1 and word.isupper()):
                    hits.append((node.lineno, word, node.value[:60]))
                    break
    return hits


def test_the_scan_finds_english_data():
    """The scan itself: a word list and a regex with English words are found, a message is not."""
    sample = ROOT.parent / "tests" / "data" / "layout_sample.py"
    found = {word.lower() for _, word, _ in english_in(sample)}
    assert found == {"yesterday", "tomorrow", "said", "march"}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_english_outside_the_pack(path):
    hits = english_in(path)
    assert not hits, "English words in data literals (move them to chrono/lang/en/):\n" + "\n".join(
        f"  {path.relative_to(ROOT.parent)}:{line}: {word!r} in {literal!r}" for line, word, literal in hits)


MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_and_functions_are_small(path):
    source = path.read_text(encoding="utf-8")
    lines = source.count("\n")
    assert lines <= MAX_MODULE_LINES, f"{path.name} has {lines} lines (at most {MAX_MODULE_LINES})"
    long = [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(ast.parse(source))
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long, f"{path.name}: functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_pack_modules_are_small_too():
    for path in sorted(p for pack in PACKS for p in pack.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= MAX_MODULE_LINES, f"{path.relative_to(ROOT)} has {lines} lines"
