"""Nothing lost: every bad input gets its own documents row with a reason; the rest of the batch completes."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from pipeline.ingest import iter_documents

GOOD = "Exports rose 18.2 percent in 2024 to 3.2 billion dollars, the ministry said.\n"


def only(path):
    (d,) = list(iter_documents([path]))
    return d


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n")
    assert (only(tmp_path / "empty.txt").status, only(tmp_path / "empty.txt").reason) == ("failed", "empty file")
    assert only(tmp_path / "blank.txt").reason == "empty file"


def test_binary_file_with_text_extension(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    d = only(p)
    assert (d.status, d.reason) == ("failed", "binary content (NUL bytes), not text")
    q = tmp_path / "noise.txt"  # control characters but no NUL
    q.write_bytes(bytes(range(1, 32)) * 200)
    assert only(q).reason == "binary content (control characters), not text"


def test_latin1_text(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Le café a vendu 5 000 croissants en 2024, soit 12 % de plus qu'à Noël. Déjà réservé.\n"
                  .encode("latin-1"))
    d = only(p)
    assert d.status == "ok"
    assert "café" in d.text and "à Noël" in d.text and "Déjà réservé" in d.text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text(tmp_path, codec):
    p = tmp_path / f"{codec}.txt"
    p.write_bytes(("Exports rose 18.2 percent — to €3.2 billion.\n" * 3).encode(codec))
    d = only(p)
    assert d.status == "ok", d.reason
    assert d.text.startswith("Exports rose 18.2 percent — to €3.2 billion.")


@pytest.mark.slow
def test_50_mb_article_runs_through_the_whole_batch(tmp_path):
    """A 50 MB article is read, extracted (2 facts at its start) and stored, beside a normal one."""
    from pipeline import run
    from pipeline.outputs import sql
    from pipeline.schema import Document

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    filler = "The committee met again on Tuesday and discussed the matter at some length without a vote. "
    with open(corpus / "big.txt", "w", encoding="utf-8") as fh:
        fh.write(GOOD + "\n")
        for _ in range(50 * 1024 * 1024 // len(filler) + 1):
            fh.write(filler)
    assert (corpus / "big.txt").stat().st_size > 50 * 1024 * 1024
    (corpus / "small.txt").write_text("Imports fell 3 percent in 2024, customs data showed.\n")
    result = run([corpus], out=tmp_path / "out")
    by_name = {Path(d.path).name: d for d in result.documents}
    assert {n: (d.status, d.n_facts) for n, d in by_name.items()} == {"big.txt": ("ok", 2), "small.txt": ("ok", 1)}
    rows = {Path(d.path).name: d for d in sql.read(f"sqlite:///{tmp_path / 'out' / 'newsfacts.sqlite'}", Document)}
    assert len(rows["big.txt"].text) == len(by_name["big.txt"].text) > 50 * 1024 * 1024


def test_jsonl_with_one_malformed_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a", "text": GOOD, "source": "Alpha"}), '{"id": "b", "text": "unterminated',
             json.dumps({"id": "c", "text": "Imports fell 3 percent.", "source": "Gamma"})]
    p.write_text("\n".join(lines) + "\n")
    got = [(d.doc_id, d.status, d.reason) for d in iter_documents([p])]
    assert got[0] == ("a", "ok", None)
    assert got[1][1] == "failed" and got[1][2].startswith("malformed JSON on line 2: ")
    assert got[2] == ("c", "ok", None)


def test_csv_with_unexpected_columns(tmp_path):
    p = tmp_path / "table.csv"
    p.write_text("name,amount,when\nwidgets,5,2024\ngadgets,7,2023\n")
    d = only(p)
    assert d.status == "failed"
    assert d.reason == ("CSV has no text column (looked for text, body, content, article, story, article_text, "
                        "full_text; found name, amount, when)")


def test_csv_with_extra_and_missing_cells(tmp_path):
    p = tmp_path / "ragged.csv"
    p.write_text(f'headline,body\nOne,"{GOOD.strip()}",surplus cell\nTwo\n')
    got = [(d.title, d.status, d.reason) for d in iter_documents([p])]
    assert got == [("One", "ok", None), ("Two", "failed", "record has no non-empty 'text' field")]


def test_html_without_article_body(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> "
                 "<a href='/w'>World</a></nav><footer>© 2024 Example</footer></body></html>")
    d = only(p)
    assert (d.status, d.reason) == ("failed", "HTML page has no article body that trafilatura could extract")


def test_broken_symlink(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "never-existed.txt")
    (tmp_path / "ok.txt").write_text(GOOD)
    got = {Path(d.path).name: (d.status, d.reason) for d in iter_documents([tmp_path])}
    assert got == {"gone.txt": ("failed", "broken symbolic link"), "ok.txt": ("ok", None)}


def test_fifo_and_directory_link_are_accounted_for(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    (tmp_path / "elsewhere").symlink_to(tmp_path.parent)
    got = {Path(d.path).name: (d.status, d.reason) for d in iter_documents([tmp_path])}
    assert got == {"pipe.txt": ("failed", "not a regular file"),
                   "elsewhere": ("skipped", "symbolic link to a directory (not followed)")}


def test_files_vanishing_or_replaced_between_discovery_and_read(tmp_path):
    """Discovery is lazy: after the first document, one file is deleted and another replaced by a folder."""
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(f"{name}: {GOOD}")
    stream = iter_documents([tmp_path])
    first = next(stream)
    assert Path(first.path).name == "a.txt" and first.status == "ok"
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.txt").unlink()
    (tmp_path / "c.txt").mkdir()
    rest = {Path(d.path).name: (d.status, d.reason) for d in stream}
    assert rest == {"b.txt": ("failed", "file vanished before it could be read"),
                    "c.txt": ("failed", "is a directory (not a file)"),
                    "d.txt": ("ok", None)}


def test_unreadable_file_loses_permission():
    """Tests run as root, and root reads anything: a forked child drops to the 'nobody' user and ingests
    a folder holding a mode-000 file (the Python binary lives under /root, so no exec as 'nobody')."""
    import pwd

    if os.geteuid() != 0:
        pytest.skip("needs root to switch user")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no 'nobody' user")
    d = Path(tempfile.mkdtemp(prefix="nf-perm-"))
    try:
        os.chmod(d, 0o755)
        (d / "open.txt").write_text(GOOD)
        (d / "locked.txt").write_text(GOOD.replace("18.2", "9"))
        os.chmod(d / "open.txt", 0o644)
        os.chmod(d / "locked.txt", 0o000)
        rfd, wfd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: drop privileges, ingest, report, exit without running pytest's teardown
            code = 1
            try:
                os.close(rfd)
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
                got = [[Path(x.path).name, x.status, x.reason] for x in iter_documents([d])]
                os.write(wfd, json.dumps(got).encode())
                code = 0
            finally:
                os._exit(code)
        os.close(wfd)
        with os.fdopen(rfd, "rb") as fh:
            out = fh.read()
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert json.loads(out) == [["locked.txt", "failed", "permission denied"], ["open.txt", "ok", None]]
    finally:
        shutil.rmtree(d, ignore_errors=True)


def test_whole_batch_completes_with_every_bad_input(tmp_path):
    from pipeline import run

    c = tmp_path / "corpus"
    c.mkdir()
    (c / "good.txt").write_text(GOOD)
    (c / "copy.txt").write_text(GOOD)
    (c / "empty.txt").write_bytes(b"")
    (c / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (c / "latin1.txt").write_bytes("Le café a vendu 12 % de plus en 2024.".encode("latin-1"))
    (c / "utf16.txt").write_bytes("Imports fell 3 percent in 2024.".encode("utf-16"))
    (c / "feed.jsonl").write_text('{"text": "Sales rose 5 percent."}\n{oops\n')
    (c / "table.csv").write_text("a,b\n1,2\n")
    (c / "page.html").write_text("<html><body></body></html>")
    (c / "dangling.txt").symlink_to(c / "nowhere.txt")
    (c / "notes.docx").write_bytes(b"PK\x03\x04")
    result = run([c], out=tmp_path / "out")
    got = {Path(d.path).name: (d.status, d.reason) for d in result.documents}
    copy_id = next(d.doc_id for d in result.documents if Path(d.path).name == "copy.txt")  # found first
    assert got["copy.txt"] == ("ok", None)
    assert got["good.txt"] == ("skipped", f"duplicate content of {copy_id}")
    assert got["empty.txt"] == ("failed", "empty file")
    assert got["binary.txt"] == ("failed", "binary content (NUL bytes), not text")
    assert got["latin1.txt"] == ("ok", None) and got["utf16.txt"] == ("ok", None)
    assert got["feed.jsonl#line 1"] == ("ok", None)
    assert got["feed.jsonl#line 2"][0] == "failed"
    assert got["table.csv"][0] == "failed" and got["page.html"][0] == "failed"
    assert got["dangling.txt"] == ("failed", "broken symbolic link")
    assert got["notes.docx"] == ("skipped", "unsupported file type '.docx'")
    assert len(result.documents) == 12
    # And every one of them is a row of the database and of documents.csv.
    import csv

    from pipeline.outputs import sql
    from pipeline.schema import Document

    rows = sql.read(f"sqlite:///{tmp_path / 'out' / 'newsfacts.sqlite'}", Document)
    assert sorted(d.doc_id for d in rows) == sorted(d.doc_id for d in result.documents)
    with open(tmp_path / "out" / "documents.csv", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 12
