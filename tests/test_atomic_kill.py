"""A real ``python -m pipeline.cli run`` is SIGKILLed mid-way, at several moments; afterwards the output
folder holds either the previous complete outputs or the new complete ones, never a mix or a torn file,
and the SQLite database passes its integrity check with the previous or the new rows.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import CORPUS, ROOT

FILES = ("facts.csv", "facts.jsonl", "facts.parquet", "findings.csv", "documents.csv")
FILLER = "The committee met again on Tuesday and discussed the matter at some length without a vote. "


def _article(i: int) -> str:
    return (f"Outlet {i % 7} (Wire) -- Exports of region {i % 5} rose {10 + i % 9}.{i % 10} percent in 2024 to "
            f"{100 + i} million dollars, officials said. Imports fell {i % 4 + 1} percent over the year. "
            f"The jobless rate was {3 + i % 6}.{i % 3} percent in December 2024.\n")


def _corpus(folder: Path, n: int, *, changed: bool = False) -> None:
    folder.mkdir(exist_ok=True)
    for p in CORPUS.iterdir():
        shutil.copy(p, folder / p.name)
    for i in range(n):
        (folder / f"gen_{i:03d}.txt").write_text(_article(i))
    if changed:  # an existing article says something else now
        (folder / "gen_000.txt").write_text(_article(0).replace("rose", "fell").replace("in 2024", "in 2023"))
    # A big article, so that the database write takes a moment.
    (folder / "big.txt").write_text(_article(999) + FILLER * (3_000_000 // len(FILLER)))


def _signature(out: Path) -> dict:
    """What a complete output set is: file contents (parquet as its rows) and the database rows."""
    sig = {}
    for name in FILES:
        p = out / name
        if not p.exists():
            sig[name] = None
        elif name.endswith(".parquet"):
            sig[name] = hashlib.sha256(repr(pq.read_table(p).to_pylist()).encode()).hexdigest()
        else:
            sig[name] = hashlib.sha256(p.read_bytes()).hexdigest()
    db = out / "newsfacts.sqlite"
    if db.exists():
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            sig["db"] = (tuple(con.execute("SELECT doc_id, status, content_hash FROM documents ORDER BY doc_id")),
                         tuple(con.execute("SELECT fact_id, doc_id, value FROM facts ORDER BY fact_id")),
                         tuple(con.execute("SELECT finding_id, verdict FROM findings ORDER BY finding_id")))
        finally:
            con.close()
    else:
        sig["db"] = None
    return sig


def _start(corpus: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(corpus), "--out", str(out), "-q"],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_when(proc: subprocess.Popen, out: Path, trigger) -> str:
    """SIGKILL ``proc`` as soon as ``trigger(names in out)`` holds; 'killed' or 'finished' first."""
    before = set(os.listdir(out))
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return "finished"
        if trigger(set(os.listdir(out)) - before):
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return "killed" if proc.returncode == -signal.SIGKILL else "finished"
    proc.kill()
    raise AssertionError("run neither finished nor reached the trigger")


@pytest.mark.slow
def test_sigkill_mid_run_leaves_previous_or_new_outputs(tmp_path):
    v1, v2, out = tmp_path / "v1", tmp_path / "v2", tmp_path / "out"
    _corpus(v1, 30)
    _corpus(v2, 40, changed=True)
    # The two versions share one path, so documents keep their ids: copy v2 over v1's path later.
    corpus = tmp_path / "corpus"
    shutil.copytree(v1, corpus)
    out.mkdir()
    first = _start(corpus, out)
    assert first.wait(timeout=600) == 0, first.stderr.read().decode()
    old = _signature(out)
    assert all(old[n] for n in FILES) and old["db"][1]

    shutil.rmtree(corpus)
    shutil.copytree(v2, corpus)
    triggers = {
        "during extraction (after 1.5 s)": (lambda new: False, 1.5),
        "first temporary output file appears": (lambda new: any(n.endswith(".tmp") for n in new), None),
        "parquet being written": (lambda new: any(n.startswith(".facts.parquet.") for n in new), None),
        "database transaction open": (lambda new: "newsfacts.sqlite-journal" in new, None),
        "documents.csv staged (last file)": (lambda new: any(n.startswith(".documents.csv.") for n in new), None),
    }
    states = []
    for what, (trigger, delay) in triggers.items():
        proc = _start(corpus, out)
        if delay is not None:
            time.sleep(delay)
            outcome = "finished" if proc.poll() is not None else "killed"
            if outcome == "killed":
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
        else:
            outcome = _kill_when(proc, out, trigger)
        states.append((what, outcome, _signature(out)))

    final = _start(corpus, out)
    assert final.wait(timeout=600) == 0, final.stderr.read().decode()
    new = _signature(out)
    assert new["db"] != old["db"] and new["facts.csv"] != old["facts.csv"]
    assert not [n for n in os.listdir(out) if n.endswith(".tmp")], "temporary files of killed runs are cleaned up"

    interrupted = 0
    for what, outcome, sig in states:
        files_old = all(sig[n] == old[n] for n in FILES)
        files_new = all(sig[n] == new[n] for n in FILES)
        assert files_old or files_new, f"{what}: a mix of old and new files: " + ", ".join(
            f"{n}={'old' if sig[n] == old[n] else 'new' if sig[n] == new[n] else 'TORN'}" for n in FILES)
        assert sig["db"] in (old["db"], new["db"]), f"{what}: database is neither the old nor the new one"
        if files_new:  # the database commits before the files are renamed into place
            assert sig["db"] == new["db"], what
        interrupted += outcome == "killed" and files_old
    # At least some kills landed before the new outputs were in place, or the test proved nothing.
    assert interrupted >= 2, [(w, o) for w, o, _ in states]
