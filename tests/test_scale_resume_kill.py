"""A real multi-worker run is SIGKILLed (the whole process group, workers included) after its first
batches reach the journal; ``--resume`` then reuses those batches and the final outputs equal those of
an uninterrupted run."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from test_atomic_kill import FILES, _article, _signature

from pipeline.batch import WORK_DIR


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"gen_{i:03d}.txt").write_text(_article(i) * 3)


def _cmd(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "run", str(corpus), "--out", str(out), "-q", "--workers", "2", *extra]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _journal_keys(path: Path) -> set[str]:
    keys = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                keys.add(json.loads(line)["key"])
            except ValueError:
                pass  # a line cut short by the kill
    return keys


@pytest.mark.slow
def test_killed_run_resumes_to_the_uninterrupted_outputs(tmp_path):
    corpus, full, out = tmp_path / "corpus", tmp_path / "full", tmp_path / "out"
    _corpus(corpus, 100)
    subprocess.run(_cmd(corpus, full), env=_env(), cwd=ROOT, check=True, timeout=900)
    expected = _signature(full)
    assert expected["db"][1], "the uninterrupted run found facts"

    journal = out / WORK_DIR / "journal.jsonl"
    proc = subprocess.Popen(_cmd(corpus, out), env=_env(), cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline and not _journal_keys(journal):
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = _journal_keys(journal)
    assert 0 < len(done) < 100, len(done)
    assert not any((out / n).exists() for n in FILES), "no final output is written before the end"

    resumed = subprocess.run(_cmd(corpus, out, "--resume"), env=_env(), cwd=ROOT, timeout=900)
    assert resumed.returncode == 0
    assert _signature(out) == expected
    assert not (out / WORK_DIR).exists()  # the journal goes once the outputs are complete
