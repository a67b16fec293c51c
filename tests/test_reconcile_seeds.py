"""The reconciler on the two seed articles (Xinhua and CCTV News on China's 2024 services trade)."""
from __future__ import annotations

import pytest

from pipeline.reconcile import reconcile

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"
XINHUA = CORPUS / "000_e5919f905fdb5541.txt"
CCTV = CORPUS / "002_2ed0c2c54c1d397d.txt"

pytestmark = pytest.mark.usefixtures("extractor")


@pytest.fixture(scope="module")
def findings(seed_facts):
    return reconcile(seed_facts["Xinhua"] + seed_facts["CCTV News"])


def _surfaces(f, facts_by_id):
    return {facts_by_id[i].surface for i in f.fact_ids}


@pytest.fixture(scope="module")
def by_id(seed_facts):
    return {f.fact_id: f for fs in seed_facts.values() for f in fs}


def test_no_conflict_on_the_seeds(findings):
    assert findings
    assert [f for f in findings if f.verdict == "conflict"] == []


@pytest.mark.parametrize("xinhua, cctv", [("14.4 percent", "14.4%"), ("18.2 percent", "18.2%"),
                                         ("11.8 percent", "11.8%")])
def test_growth_rates_agree(findings, by_id, xinhua, cctv):
    hits = [f for f in findings if f.check == "cross_source" and _surfaces(f, by_id) == {xinhua, cctv}]
    assert len(hits) == 1
    assert hits[0].verdict == "agree" and hits[0].sources == ["CCTV News", "Xinhua"]
    assert xinhua in hits[0].explanation and cctv in hits[0].explanation


def test_totals_in_yuan_agree(findings, by_id):
    hits = [f for f in findings if _surfaces(f, by_id) == {"7.5 trillion yuan", "7523.8 billion yuan"}]
    assert len(hits) == 1 and hits[0].verdict == "agree" and "within rounding" in hits[0].detail


def test_dollar_figure_agrees_after_conversion(findings, by_id):
    hits = [f for f in findings if _surfaces(f, by_id) == {"1.05 trillion U.S. dollars", "7523.8 billion yuan"}]
    assert len(hits) == 1
    f = hits[0]
    assert f.verdict == "agree"
    assert "after conversion at 1 USD = 7." in f.detail and "2024 average of ECB reference rates" in f.detail


def test_arithmetic_audit_passes(findings, by_id):
    arith = [f for f in findings if f.check == "arithmetic"]
    assert arith and all(f.verdict == "agree" for f in arith)
    sums = [f for f in arith if f.detail.startswith("parts sum to total")]
    assert len(sums) == 1
    assert _surfaces(sums[0], by_id) == {"3175.56 billion yuan", "4348.24 billion yuan", "7523.8 billion yuan"}
    deficit = [f for f in arith if f.detail.startswith("deficit equals imports - exports")]
    assert len(deficit) == 1 and "1172.68 billion yuan" in deficit[0].explanation
    previous = [f for f in arith if f.detail.startswith("previous-year levels")]
    assert len(previous) == 1 and previous[0].sources == ["CCTV News", "Xinhua"]


def test_exports_in_a_services_paragraph_are_services_exports(findings, by_id):
    f = next(f for f in findings if _surfaces(f, by_id) == {"18.2 percent", "18.2%"})
    assert "service" in f.subject_key.split() and "export" in f.subject_key.split()


def test_same_values_are_reported_once(findings, by_id):
    seen = set()
    for f in findings:
        if f.check != "cross_source":
            continue
        key = (tuple(f.sources), frozenset((by_id[i].source, by_id[i].value, by_id[i].unit) for i in f.fact_ids))
        assert key not in seen, f.explanation
        seen.add(key)


def test_changed_export_growth_is_a_conflict_naming_both_sources(extractor, seed_facts):
    text = CCTV.read_text(encoding="utf-8")
    assert "an increase of 18.2%" in text
    changed = extractor(text.replace("an increase of 18.2%", "an increase of 21.2%"), doc_id="cctv",
                        source="CCTV News")
    out = reconcile(seed_facts["Xinhua"] + changed)
    cross = [f for f in out if f.verdict == "conflict" and f.check == "cross_source"]
    assert len(cross) == 1
    assert cross[0].sources == ["CCTV News", "Xinhua"]
    assert "21.2%" in cross[0].explanation and "18.2 percent" in cross[0].explanation
    assert out[0].verdict == "conflict"  # conflicts first
    # the article's own arithmetic no longer holds either
    assert any(f.check == "arithmetic" and f.verdict == "conflict" for f in out)


def test_wire_copies_are_not_independent(extractor):
    text = XINHUA.read_text(encoding="utf-8")
    a = extractor(text, doc_id="x1", source="Xinhua", published="2025-02-03")
    b = extractor(text, doc_id="x2", source="China Daily", published="2025-02-03")
    out = reconcile(a + b)
    cross = [f for f in out if f.check == "cross_source"]
    assert cross and all(f.verdict == "agree" for f in cross)
    assert all("not independent" in f.detail and "wire copy" in f.detail for f in cross)


def test_a_number_in_words_is_as_round_as_its_digits(extractor):
    # AP style spells out small numbers: "six miles" is the same rounding as "6 miles", not exactly 6
    a = extractor("The quake struck at a depth of 6.2 miles, the USGS said.", doc_id="a", source="USGS wire")
    b = extractor("The quake struck at a depth of six miles, officials said.", doc_id="b", source="Daily")
    c = extractor("The quake struck at a depth of nine miles, officials said.", doc_id="c", source="Herald")
    assert [(f.value, f.low, f.high) for f in b] == [(6.0, 5.5, 6.5)]
    out = reconcile(a + b)
    assert [f.verdict for f in out if f.check == "cross_source"] == ["agree"]
    out = reconcile(a + c)
    assert [f.verdict for f in out if f.check == "cross_source"] == ["conflict"]
