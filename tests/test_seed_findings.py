"""Cross-source findings on the seeds, and the changed-number check."""
import shutil

import pytest

from pipeline import reconcile


def _all(seed_facts):
    return [f for facts in seed_facts.values() for f in facts]


def test_no_conflict_on_the_seeds(seed_facts):
    findings = reconcile(_all(seed_facts))
    conflicts = [f.explanation for f in findings if f.verdict == "conflict"]
    assert conflicts == []


@pytest.mark.parametrize("x_surface,c_surface", [
    ("7.5 trillion yuan", "7523.8 billion yuan"),   # totals, within rounding
    ("14.4 percent", "14.4%"),                      # total growth
    ("18.2 percent", "18.2%"),                      # export growth
    ("11.8 percent", "11.8%"),                      # import growth
    ("1.05 trillion U.S. dollars", "7523.8 billion yuan"),  # after currency conversion
])
def test_same_facts_agree_across_outlets(seed_facts, x_surface, c_surface):
    facts = _all(seed_facts)
    ids = {f.fact_id: f for f in facts}
    findings = reconcile(facts)
    hits = [fi for fi in findings
            if {ids[i].surface for i in fi.fact_ids} == {x_surface, c_surface}
            and {ids[i].source for i in fi.fact_ids} == {"Xinhua", "CCTV News"}]
    assert hits, f"no finding pairs {x_surface!r} with {c_surface!r}"
    assert all(h.verdict == "agree" for h in hits)
    assert all(x_surface in h.explanation and c_surface in h.explanation for h in hits)


def test_changed_number_is_a_conflict_naming_both_sources(tmp_path):
    from tests.conftest import CORPUS

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    cctv = corpus / "002_2ed0c2c54c1d397d.txt"
    text = cctv.read_text(encoding="utf-8")
    assert text.count("an increase of 18.2%") == 1
    cctv.write_text(text.replace("an increase of 18.2%", "an increase of 21.2%"), encoding="utf-8")

    from pipeline import run

    result = run([corpus], out=tmp_path / "out")
    conflicts = [f for f in result.findings if f.verdict == "conflict"]
    assert conflicts, "the changed export growth was not flagged"
    assert result.findings[0].verdict == "conflict"                  # conflicts first
    c = next(f for f in conflicts if "export" in f.subject_key.split())
    assert set(c.sources) == {"Xinhua", "CCTV News"}
    assert "Xinhua" in c.explanation and "CCTV News" in c.explanation
    assert "18.2" in c.explanation and "21.2" in c.explanation
