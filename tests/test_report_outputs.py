"""The report without a browser: written by every run, self-contained, rebuilt from the database,
charts in one currency with the rate named, and one page per document for large runs."""
from __future__ import annotations

import re
import sqlite3

import pytest

from conftest import CORPUS
from pipeline.schema import Document, Fact, Finding


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    from pipeline import run

    out = tmp_path_factory.mktemp("out")
    result = run([CORPUS], out)
    return out, result


def test_run_writes_a_self_contained_report(seed_run):
    out, result = seed_run
    assert result.paths["report.html"] == out / "report.html"
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]+src=|<link\b|@import|url\(\s*['\"]?https?:|<img\b|<iframe\b", html)
    assert not re.search(r"(src|href)=\"https?://", html)  # the seed documents have no URL
    # every fact has its highlight, and both articles are in the one file
    for f in result.facts:
        assert f'id="fact-{f.fact_id}"' in html
    assert html.count('<article class="doc"') == 2
    assert not (out / "report").exists()


def test_report_command_rebuilds_from_the_database(seed_run, cli, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(seed_run[0], out)
    (out / "report.html").unlink()
    # change a subject in the database only: the rebuilt report must show it, so it read the database
    with sqlite3.connect(out / "newsfacts.sqlite") as db:
        db.execute("UPDATE facts SET subject = 'hand-edited subject' WHERE surface = '38.1%'")
    r = cli("report", str(out))
    assert r.returncode == 0, r.stderr
    assert "report written to" in r.stderr
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "hand-edited subject" in html


def test_report_command_without_a_run_is_one_line(cli, tmp_path):
    r = cli("report", str(tmp_path))
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0, r.stderr
    assert "no newsfacts.sqlite" in r.stderr and "Traceback" not in r.stderr
    assert cli("report", "--help").returncode == 0


def test_money_is_charted_in_one_currency_with_the_rate_named(seed_run):
    from pipeline.outputs.report import charts

    facts = [f for f in seed_run[1].facts if f.subject_key == "service trade" and f.kind == "level"
             and f.dimension == "currency"]
    assert sorted(f.surface for f in facts) == ["1 trillion U.S. dollars", "1.05 trillion U.S. dollars",
                                                "7.5 trillion yuan", "7523.8 billion yuan", "US$1 trillion",
                                                "US$1 trillion"]
    [m] = charts.measures(facts)
    assert m.unit == "USD"  # 4 of the 6 values are in dollars
    [rate] = m.rates
    assert (rate.src, rate.dst) == ("CNY", "USD")
    assert rate.describe().startswith("1 CNY = 0.13")
    assert "2024 average of ECB reference rates" in rate.describe()
    bar = next(b for b in m.bars if b.fact.surface == "7.5 trillion yuan")
    assert bar.low == pytest.approx(7.45e12 * rate.rate) and bar.high == pytest.approx(7.55e12 * rate.rate)
    assert 1.0e12 < bar.low < bar.high < 1.1e12  # about a trillion dollars, as Xinhua says
    svg = charts.svg(m, chart_id="c", fact_href=lambda f: "#" + f.fact_id)
    # "more than 1 trillion" has no upper end: three open-ended bars, each drawn with an arrow
    assert svg.count('class="arrow"') == 3
    assert svg.count('class="bar converted"') == 2 and svg.count("<rect") == 6


def test_large_runs_write_one_page_per_document(tmp_path):
    """3,000 synthetic documents: report.html is an index; each document has its own small page."""
    from pipeline.outputs.report import write

    docs, facts = [], []
    for i in range(3000):
        text = f"Outlet {i % 7} says exports rose {i % 50}.5% in 2024."
        d = Document(doc_id=f"d{i:05d}", path=f"{i}.txt", source=f"Outlet {i % 7}", text=text, n_facts=1)
        s = text.index(f"{i % 50}.5%")
        facts.append(Fact(fact_id=f"f{i:05d}", doc_id=d.doc_id, source=d.source, sentence=text, start=s,
                          end=s + len(f"{i % 50}.5%"), surface=f"{i % 50}.5%", value=i % 50 + 0.5, unit="percent",
                          dimension="percentage", kind="growth", subject="exports", subject_key="export",
                          period="2024", low=i % 50 + 0.45, high=i % 50 + 0.55))
        docs.append(d)
    findings = [Finding(finding_id="g1", verdict="conflict", subject="exports", subject_key="export", period="2024",
                        kind="growth", fact_ids=["f00000", "f00001"], sources=["Outlet 0", "Outlet 1"],
                        explanation="Outlet 0 and Outlet 1 disagree.")]
    index = write(tmp_path, docs, facts, findings)
    pages = list((tmp_path / "report").glob("*.html"))
    assert len(pages) == 3000
    html = index.read_text(encoding="utf-8")
    assert '<article class="doc"' not in html and 'href="report/d00001.html#fact-f00001"' in html
    assert 'data-page-size="100"' in html  # the document list is paged on screen
    page = (tmp_path / "report" / "d00001.html").read_text(encoding="utf-8")
    assert 'id="fact-f00001"' in page and 'href="../report.html#finding-g1"' in page
    # a smaller run afterwards removes the stale pages
    write(tmp_path, docs[:3], facts[:3], [])
    assert list((tmp_path / "report").glob("*.html")) == []


def test_a_subject_with_many_values_gets_one_line_per_outlet():
    from pipeline.outputs.report import charts

    facts = [Fact(fact_id=f"f{i}", source=f"Outlet {i % 3}", surface=f"{i}%", value=i, unit="percent",
                  dimension="percentage", kind="growth", subject_key="export", period="2024", low=i - 0.05,
                  high=i + 0.05) for i in range(90)]
    [m] = charts.measures(facts)
    svg = charts.svg(m, chart_id="c", fact_href=lambda f: "#" + f.fact_id)
    assert svg.count("<rect") == 90 and svg.count('class="outlet"') == 3
    assert svg.count(">30 values</text>") == 3
