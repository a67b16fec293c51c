"""Ingest: every supported format, metadata sources, stable ids, failures recorded."""
import json

from pipeline.ingest import iter_documents
from pipeline.ingest.metadata import from_text

ARTICLE = ("LONDON (Reuters) - Britain's economy grew 0.3% in the third quarter of 2024, "
           "official figures showed on Friday.")


def test_datelines():
    assert from_text("BEIJING, Feb. 3 (Xinhua) -- China's annual trade") == {"source": "Xinhua"}
    assert from_text("CCTV News: Data from the Ministry of Commerce shows") == {"source": "CCTV News"}
    assert from_text(ARTICLE) == {"source": "Reuters"}
    assert from_text("WASHINGTON, March 2, 2017 (AP) - Lawmakers said") == {"source": "AP", "published": "2017-03-02"}
    assert from_text("Nothing to see here.") == {}


def test_seed_corpus_metadata_from_sources_csv():
    from tests.conftest import CORPUS

    docs = {d.path.split("/")[-1]: d for d in iter_documents([CORPUS])}
    x, c = docs["000_e5919f905fdb5541.txt"], docs["002_2ed0c2c54c1d397d.txt"]
    assert (x.source, x.published, x.status) == ("Xinhua", "2025-02-03", "ok")
    assert (c.source, c.published, c.status) == ("CCTV News", None, "ok")


def test_html_main_text_without_boilerplate(tmp_path):
    nav = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(20))
    html = f"""<html><head><title>Growth figures</title></head><body>
    <nav><ul>{nav}</ul></nav>
    <article><h1>Economy grows</h1><p>{ARTICLE}</p>
    <p>Analysts polled by Reuters had expected growth of 0.2 percent, and household spending rose 1.1 percent.</p>
    <p>Exports fell 2 percent to 200 billion pounds over the same period, the statistics office said.</p></article>
    <footer>Copyright 2024. Subscribe for 1 dollar a week. Cookie settings.</footer></body></html>"""
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    [d] = list(iter_documents([tmp_path]))
    assert d.status == "ok", d.reason
    assert "grew 0.3%" in d.text and "Subscribe" not in d.text and "Section 7" not in d.text
    assert d.source == "Reuters"  # from the dateline in the text


def test_jsonl_records_with_metadata_and_a_bad_line(tmp_path):
    lines = [json.dumps({"id": "a1", "text": ARTICLE, "source": "Reuters", "published": "2024-11-15",
                         "url": "https://example.org/a1", "title": "UK GDP"}),
             "{not json",
             json.dumps({"id": "a2", "title": "no text here"}),
             json.dumps({"text": "Prices rose 3% in 2023.", "outlet": "BBC", "date": "2024-01-05"})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(iter_documents([tmp_path]))
    assert [d.status for d in docs] == ["ok", "failed", "failed", "ok"]
    assert (docs[0].doc_id, docs[0].source, docs[0].published, docs[0].url) == ("a1", "Reuters", "2024-11-15", "https://example.org/a1")
    assert "line 2" in docs[1].reason and "malformed JSON" in docs[1].reason
    assert "text" in docs[2].reason
    assert (docs[3].source, docs[3].published) == ("BBC", "2024-01-05")


def test_csv_with_text_column_and_one_without(tmp_path):
    (tmp_path / "a.csv").write_text('article_id,publish_date,title,text\n7,2017-01-02,T,"Sales fell 4% last year."\n', encoding="utf-8")
    (tmp_path / "b.csv").write_text("name,age\nann,3\n", encoding="utf-8")
    docs = {d.path.split("/")[-1].split("#")[0]: d for d in iter_documents([tmp_path])}
    assert docs["a.csv"].status == "ok" and docs["a.csv"].doc_id == "7" and docs["a.csv"].published == "2017-01-02"
    assert docs["b.csv"].status == "failed" and "no text column" in docs["b.csv"].reason


def test_bad_files_are_recorded_not_dropped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "latin1.txt").write_bytes("Le café coûte 3 € de plus, soit 12% de hausse.".encode("latin-1", "replace"))
    (tmp_path / "utf16.txt").write_bytes("Profits rose 12% to 3 billion euros.".encode("utf-16"))
    (tmp_path / "notes.xyz").write_text("whatever")
    docs = {d.path.split("/")[-1]: d for d in iter_documents([tmp_path])}
    assert docs["empty.txt"].status == "failed" and docs["empty.txt"].reason == "empty file"
    assert docs["binary.txt"].status == "failed" and "binary" in docs["binary.txt"].reason
    assert docs["latin1.txt"].status == "ok" and "café" in docs["latin1.txt"].text
    assert docs["utf16.txt"].status == "ok" and "3 billion euros" in docs["utf16.txt"].text
    assert docs["notes.xyz"].status == "skipped" and "unsupported" in docs["notes.xyz"].reason


def test_duplicates_are_skipped_with_the_id_they_duplicate(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE + "\n")
    a, b = iter_documents([tmp_path])
    assert a.status == "ok" and b.status == "skipped" and a.doc_id in b.reason


def test_doc_ids_are_stable_and_relative_to_the_input_root(tmp_path):
    for where in ("one", "two"):
        (tmp_path / where / "sub").mkdir(parents=True)
        (tmp_path / where / "sub" / "a.txt").write_text(ARTICLE)
    [a] = iter_documents([tmp_path / "one"])
    [b] = iter_documents([tmp_path / "two"])
    assert a.doc_id == b.doc_id


def test_readme_and_licence_files_are_accounted_for_not_extracted(tmp_path):
    (tmp_path / "README.md").write_text("Articles collected in 2024; 3 outlets, 120 stories.\n")
    (tmp_path / "LICENSE").write_text("Licensed under the Apache License, Version 2.0.\n")
    (tmp_path / "story.txt").write_text("Sales rose 5 percent in 2024.\n")
    docs = {d.path.split("/")[-1]: d for d in iter_documents([tmp_path])}
    assert docs["README.md"].status == docs["LICENSE"].status == "skipped"
    assert "README or licence" in docs["README.md"].reason
    assert docs["story.txt"].status == "ok"


def test_outlet_comes_from_the_link_when_nothing_else_names_it(tmp_path):
    (tmp_path / "a.csv").write_text(
        "article_id,publish_date,article_source_link,title,text\n"
        "7,2017/2/7,http://www.cnn.com/2017/02/07/politics/story.html,A vote,The Senate voted 51 to 50.\n"
        "8,2017/2/7,,No link,Sales rose 3 percent.\n", encoding="utf-8")
    docs = list(iter_documents([tmp_path]))
    assert [(d.doc_id, d.source, d.published) for d in docs] == [("7", "cnn.com", "2017-02-07"), ("8", None, "2017-02-07")]
