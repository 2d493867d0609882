"""The command line, through click's CliRunner: usage, errors, and the documented commands."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from chrono import __version__
from chrono.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"


@pytest.fixture()
def runner():
    return CliRunner()


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_teaches_every_command(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in main.commands:
        assert name in result.output
        sub = runner.invoke(main, [name, "--help"])
        assert sub.exit_code == 0, name
        assert "Usage:" in sub.output


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"chrono {name}" in readme, name


@pytest.mark.parametrize("args,needle", [
    (["build", str(EXAMPLE), "--format", "gif"], "unknown format 'gif'"),
    (["build", str(EXAMPLE), "--published", "14/10/2017"], "YYYY-MM-DD"),
    (["build", str(EXAMPLE), "--published", "2017-02-30"], "YYYY-MM-DD"),
    (["tag"], "Missing argument"),
    (["build"], "Missing argument"),
    (["frobnicate"], "No such command"),
])
def test_bad_usage_exits_2(runner, args, needle, tmp_path):
    result = runner.invoke(main, args + (["--out", str(tmp_path)] if args[:1] == ["build"] else []))
    assert result.exit_code == 2
    assert needle in result.output
    assert "Traceback" not in result.output
