"""Every command has help; bad arguments give one line and a non-zero exit."""
import pytest

COMMANDS = ["run", "extract", "query", "report"]


def test_top_level_help(cli):
    r = cli("--help")
    assert r.returncode == 0
    for c in COMMANDS:
        assert c in r.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(cli, command):
    r = cli(command, "--help")
    assert r.returncode == 0
    assert "usage: newsfacts" in r.stdout and command in r.stdout


def test_missing_path_is_one_line(cli, tmp_path):
    r = cli("run", str(tmp_path / "does-not-exist"), "--out", str(tmp_path / "o"))
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0, r.stderr
    assert "no such file or directory" in r.stderr
    assert "Traceback" not in r.stderr


def test_unknown_option_is_one_line(cli):
    r = cli("run", "--no-such-option")
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0, r.stderr
    assert "unrecognized arguments: --no-such-option" in r.stderr


def test_unknown_model_is_one_line(cli):
    r = cli("extract", "Sales rose 5%.", "--model", "no_such_spacy_model")
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0, r.stderr
    assert "no_such_spacy_model" in r.stderr


def test_extract_reads_stdin_and_prints_json_lines(cli):
    import json

    r = cli("extract", "--published", "2025-02-03", input="Exports grew 18.2 percent last year to $3.2 billion.\n")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["value"], x["unit"]) for x in rows] == [(18.2, "percent"), (3.2e9, "USD")]
    assert all(x["period"] == "2024" for x in rows)
