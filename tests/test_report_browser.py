"""The HTML report in a real headless Chromium (Debian ``chromium``, driven by Playwright for Python).

Every fact of the seed corpus is highlighted and shows its value on hover and on click/keyboard; the
conflict of a changed-number corpus comes first; links go from a finding to the quoted sentence and
back; the page logs no console errors and makes no network request. A screenshot is saved to
test-artifacts/report.png.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the `test` extra)")
    if not CHROMIUM.exists():
        pytest.skip("needs /usr/bin/chromium (apt-get install chromium; .ci/run installs it)")
    with sync_api.sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(str(tmp_path_factory.mktemp("chromium-profile")),
                                                   executable_path=str(CHROMIUM), args=ARGS, headless=True,
                                                   viewport={"width": 1200, "height": 900})
        yield ctx
        ctx.close()


class Page:
    """A page plus everything it logged or requested."""

    def __init__(self, ctx):
        self.page = ctx.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def check_clean(self):
        assert self.errors == []
        outside = [u for u in self.requests if not u.startswith(("file://", "data:", "about:"))]
        assert outside == [], "the report must not touch the network"


@pytest.fixture
def open_page(browser_context):
    pages = []

    def go(url: str) -> Page:
        p = Page(browser_context)
        p.page.goto(url)
        pages.append(p)
        return p

    yield go
    for p in pages:
        p.check_clean()
        p.page.close()


def _run(corpus: Path, out: Path):
    from pipeline import run

    run([corpus], out)
    return out


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    return _run(CORPUS, tmp_path_factory.mktemp("seed-out"))


@pytest.fixture(scope="module")
def changed_out(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("changed") / "corpus"
    shutil.copytree(CORPUS, corpus)
    cctv = corpus / "002_2ed0c2c54c1d397d.txt"
    text = cctv.read_text(encoding="utf-8")
    assert text.count("18.2%") == 1
    cctv.write_text(text.replace("18.2%", "21.2%"), encoding="utf-8")
    return _run(corpus, tmp_path_factory.mktemp("changed-out"))


def _records(out: Path, cls):
    from pipeline.outputs import default_db_url, sql

    return sql.read(default_db_url(out), cls)


def _number(text: str) -> float:
    """'more than 1,000,000,000,000' -> 1e12: read the figure back from the popover."""
    m = re.search(r"-?[\d,]+(\.\d+)?", text)
    assert m, text
    return float(m.group(0).replace(",", ""))


def _mark_text(page, fact_id: str) -> str:
    # the mark's own text, without its dimension tag
    return page.eval_on_selector(f"#fact-{fact_id}", "m => { const c = m.cloneNode(true);"
                                 " c.querySelectorAll('.tag').forEach(t => t.remove()); return c.textContent; }")


def test_every_fact_is_highlighted_and_shows_its_value_on_hover(seed_out, open_page):
    from pipeline.schema import Fact

    facts = _records(seed_out, Fact)
    assert len(facts) == 22
    p = open_page((seed_out / "report.html").as_uri())
    page = p.page
    assert page.locator(".doc mark.fact").count() == len(facts)  # the seed facts do not overlap
    pop = page.locator("#pop")
    for f in facts:
        mark = page.locator(f"#fact-{f.fact_id}")
        assert mark.evaluate("m => m.tagName") == "MARK"
        assert f"dim-{f.dimension}" in mark.get_attribute("class")
        assert _mark_text(page, f.fact_id) == f.surface
        page.mouse.move(0, 0)
        mark.hover()
        pop.wait_for(state="visible")
        assert pop.get_attribute("data-fact") == f.fact_id
        assert _number(pop.locator("[data-field=value]").inner_text()) == f.value
        assert pop.locator("[data-field=surface]").inner_text() == f.surface
        assert pop.locator("[data-field=subject]").inner_text() == f.subject
        assert pop.locator("[data-field=period]").inner_text() == f.period
        assert pop.locator("[data-field=unit]").inner_text().split()[0] == f.unit

    # hand-checked readings of three of them
    by_surface = {(f.source, f.surface): f for f in facts}
    expect = {("CCTV News", "7523.8 billion yuan"): ("7,523,800,000,000", "CNY (yuan)"),
              ("Xinhua", "1 trillion U.S. dollars"): ("more than 1,000,000,000,000", "USD (US dollars)"),
              ("CCTV News", "18.2%"): ("18.2", "percent")}
    for key, (value, unit) in expect.items():
        page.mouse.move(0, 0)
        mark = page.locator(f"#fact-{by_surface[key].fact_id}")
        mark.scroll_into_view_if_needed()
        scrolled = page.evaluate("window.scrollY")
        mark.click()
        pop.wait_for(state="visible")
        # the details open beside the figure without moving the page under the pointer
        assert page.evaluate("window.scrollY") == scrolled
        m, b = mark.bounding_box(), pop.bounding_box()
        assert b["y"] >= m["y"] + m["height"] or b["y"] + b["height"] <= m["y"]
        assert pop.locator("[data-field=value]").inner_text() == value
        assert pop.locator("[data-field=unit]").inner_text() == unit
        assert pop.locator("[data-field=period]").inner_text() == "2024"
        page.keyboard.press("Escape")
        assert pop.is_hidden()


def test_keyboard_opens_and_closes_details(seed_out, open_page):
    from pipeline.schema import Fact

    f = next(x for x in _records(seed_out, Fact) if x.source == "Xinhua" and x.surface == "18.2 percent")
    page = open_page((seed_out / "report.html").as_uri()).page
    page.locator(".legend mark").first.hover()  # legend swatches are not facts: no details, no error
    assert page.locator("#pop").is_hidden()
    mark = page.locator(f"#fact-{f.fact_id}")
    assert mark.get_attribute("tabindex") == "0"
    mark.focus()
    page.keyboard.press("Enter")
    pop = page.locator("#pop")
    pop.wait_for(state="visible")
    assert pop.locator("[data-field=value]").inner_text() == "18.2"
    assert "AGREE" in pop.locator("[data-field=findings]").inner_text()
    page.keyboard.press("Escape")
    assert pop.is_hidden()
    assert page.evaluate("document.activeElement.id") == f"fact-{f.fact_id}"
    page.keyboard.press(" ")
    pop.wait_for(state="visible")
    page.keyboard.press("Escape")
    # Tab moves from highlight to highlight
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "MARK"


def test_changed_number_conflict_comes_first_and_links_both_ways(changed_out, open_page):
    from pipeline.schema import Finding

    conflicts = [g for g in _records(changed_out, Finding) if g.verdict == "conflict"]
    # the outlets disagree on export growth; inside CCTV, the changed rate no longer fits its own totals
    assert sorted(g.check for g in conflicts) == ["arithmetic", "arithmetic", "cross_source"]
    g = next(g for g in conflicts if g.check == "cross_source")
    p = open_page((changed_out / "report.html").as_uri())
    page = p.page
    assert page.locator("[data-stat=conflicts]").inner_text() == "3"
    first = page.locator("#findings .finding").first
    assert first.get_attribute("data-verdict") == "conflict"
    assert first.get_attribute("id") == f"finding-{g.finding_id}"
    text = first.locator(".explanation").inner_text()
    assert "disagree" in text and "21.2%" in text and "18.2 percent" in text
    # the first subject is the one in conflict, and its chart shows two disjoint bars
    assert page.locator("#subjects .subject").first.get_attribute("data-conflicts") != "0"
    subject = page.locator("#subjects .subject").filter(has=page.locator("h3", has_text=f"{g.subject_key} · 2024"))
    assert g.subject_key.split()[0] == "export" and subject.count() == 1
    assert subject.get_attribute("data-conflicts") == "1"
    bars = subject.locator(".measure", has_text="growth, percent").locator("rect.bar")
    assert bars.count() == 2
    (x0, w0), (x1, w1) = [(float(b.get_attribute("x")), float(b.get_attribute("width"))) for b in bars.all()]
    assert x0 + w0 < x1 or x1 + w1 < x0

    page.screenshot(path=str(_artifact("report.png")))
    subject.screenshot(path=str(_artifact("report-chart.png")))

    # finding -> quoted sentence in the article -> back to the finding
    cctv = first.locator(".quotes li", has_text="CCTV News")
    assert "21.2%" in cctv.locator("blockquote").inner_text()
    cctv.locator("a.ctx").click()
    fact_id = page.evaluate("location.hash").removeprefix("#fact-")
    assert fact_id in g.fact_ids
    mark = page.locator(f"#fact-{fact_id}")
    assert "targeted" in mark.get_attribute("class") and "in-conflict" in mark.get_attribute("class")
    assert _mark_text(page, fact_id) == "21.2%"
    pop = page.locator("#pop")
    pop.wait_for(state="visible")
    page.screenshot(path=str(_artifact("report-document.png")))
    pop.locator(f'[data-field=findings] a[href$="#finding-{g.finding_id}"]').click()
    assert page.evaluate("location.hash") == f"#finding-{g.finding_id}"
    assert page.locator(f"#finding-{g.finding_id}").is_visible()


def test_large_runs_get_one_page_per_document(changed_out, open_page, tmp_path):
    from pipeline.outputs.report import write
    from pipeline.schema import Document, Fact, Finding

    docs, facts, findings = (_records(changed_out, c) for c in (Document, Fact, Finding))
    index = write(tmp_path, docs, facts, findings, inline_limit=1)
    pages = sorted((tmp_path / "report").glob("*.html"))
    assert len(pages) == 2
    assert "<article class=\"doc\"" not in index.read_text(encoding="utf-8")
    page = open_page(index.as_uri()).page
    page.locator("#findings .finding").first.locator(".quotes li", has_text="CCTV News").locator("a.ctx").click()
    page.wait_for_load_state()
    assert page.url.split("#")[0].endswith(".html") and "/report/" in page.url
    fact_id = page.evaluate("location.hash").removeprefix("#fact-")
    assert _mark_text(page, fact_id) == "21.2%"
    page.locator("#pop").wait_for(state="visible")
    assert page.locator("#pop [data-field=value]").inner_text() == "21.2"
    page.locator("a", has_text="back to the report").click()
    page.wait_for_load_state()
    assert page.url.endswith("/report.html")


def test_prints_without_navigation_and_with_every_item(changed_out, open_page):
    page = open_page((changed_out / "report.html").as_uri()).page
    page.emulate_media(media="print")
    assert page.locator("nav.toc").is_hidden()
    assert page.locator("#pop").is_hidden()
    assert page.locator("#findings .finding").count() == page.locator("#findings .finding:visible").count()


def _artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


def test_a_link_into_a_long_list_opens_the_right_page(open_page, tmp_path):
    """120 findings page 50 at a time on screen; a link to the last one shows page 3 of 3."""
    from pipeline.outputs.report import write
    from pipeline.schema import Document, Fact, Finding

    text = "Exports rose 5.5% in 2024."
    docs = [Document(doc_id=f"d{i}", source=f"Outlet {i}", text=text, title=f"Article {i}") for i in range(2)]
    facts = [Fact(fact_id=f"f{i}", doc_id=f"d{i}", source=f"Outlet {i}", sentence=text, start=13, end=17,
                  surface="5.5%", value=5.5, unit="percent", dimension="percentage", kind="growth",
                  subject="exports", subject_key="export", period="2024", low=5.45, high=5.55) for i in range(2)]
    findings = [Finding(finding_id=f"g{i:03d}", verdict="agree", subject="exports", subject_key="export",
                        period="2024", kind="growth", fact_ids=["f0", "f1"], sources=["Outlet 0", "Outlet 1"],
                        explanation=f"Agreement number {i}.") for i in range(120)]
    index = write(tmp_path, docs, facts, findings)
    page = open_page(index.as_uri() + "#finding-g119").page
    assert page.locator("#finding-g119").is_visible()
    assert page.locator("#finding-g000").is_hidden()
    assert page.locator("#agreements + .pager span").inner_text() == "Page 3 of 3 (120 items)"
    page.locator("#agreements + .pager button", has_text="Previous").click()
    assert page.locator("#finding-g060").is_visible() and page.locator("#finding-g119").is_hidden()
    assert page.locator(".finding:visible").count() == 50
