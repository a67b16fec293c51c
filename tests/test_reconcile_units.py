"""Reconciler units on hand-built facts: intervals, round numbers, one-sided bounds, conversion, arithmetic."""
from __future__ import annotations

import pytest

from pipeline.extract.intervals import interval
from pipeline.reconcile import compare, currency, reconcile
from pipeline.reconcile.bounds import add, bounds, overlap, previous, sub
from pipeline.schema import Fact

_n = iter(range(10**6))


def fact(value, surface, *, unit="", dimension="count", half_step=0.5, approx="=", side="", source="A",
         subject="people killed", key="killed people", period="2017", kind="level", published=None,
         sentence=None, value_max=None):
    lo, hi = interval(value, value_max, half_step, approx, side)
    i = next(_n)
    return Fact(fact_id=f"f{i}", doc_id=f"doc-{source}", source=source, published=published,
                sentence=sentence or f"The attack {surface} on Friday.", start=i, end=i + len(surface),
                surface=surface, value=value, value_max=value_max, unit=unit, dimension=dimension, approx=approx,
                kind=kind, subject=subject, subject_key=key, period=period, low=lo, high=hi)


def test_nearly_250_agrees_with_246():
    a = fact(250, "nearly 250", approx="~", side="-", source="BBC")
    b = fact(246, "246", source="CNN")
    f = compare(a, b)
    assert f.verdict == "agree"
    assert "nearly 250" in f.explanation and "246" in f.explanation and "BBC" in f.explanation


def test_15_and_16_minutes_conflict():
    a = fact(15, "15 minutes", unit="minute", dimension="time", source="BBC", key="delay")
    b = fact(16, "16 minutes", unit="minute", dimension="time", source="CNN", key="delay")
    f = compare(a, b)
    assert f.verdict == "conflict"
    assert "15 minutes" in f.explanation and "16 minutes" in f.explanation


def test_two_stated_ranges_agree_only_when_both_ends_do():
    kw = dict(unit="USD", dimension="currency", half_step=5e5, key="offer", subject="offer")
    a = fact(140e6, "$140 million to $150 million", value_max=150e6, source="BBC", **kw)
    b = fact(102e6, "$102 million to $150 million", value_max=150e6, source="CNN", **kw)
    c = fact(140e6, "$140-150 million", value_max=150e6, source="AP", **kw)
    f = compare(a, b)
    assert f.verdict == "conflict" and "ends differ" in f.explanation  # they overlap, but the low ends differ
    assert compare(a, c).verdict == "agree"
    # a single value inside a range is still consistent with it
    assert compare(a, fact(145e6, "$145 million", source="AFP", **{**kw, "half_step": 5e5})).verdict == "agree"


def test_printed_precision():
    a = fact(7.5e12, "7.5 trillion yuan", unit="CNY", dimension="currency", half_step=0.05e12)
    assert bounds(a) == (7.45e12, 7.55e12)


def test_hedge_widens():
    plain = fact(1.05e12, "1.05 trillion", half_step=0.005e12)
    about = fact(1.05e12, "about 1.05 trillion", half_step=0.005e12, approx="~")
    assert bounds(about)[0] < bounds(plain)[0] and bounds(about)[1] > bounds(plain)[1]


def test_one_sided_bound():
    more = fact(1e12, "more than 1 trillion", approx=">", half_step=0.5e12, source="X")
    assert bounds(more) == (1e12, None)
    assert compare(more, fact(1.05e12, "1.05 trillion", half_step=0.005e12, source="Y")).verdict == "agree"
    assert "one-sided" in compare(more, fact(1.05e12, "1.05 trillion", half_step=0.005e12, source="Y")).detail
    assert compare(more, fact(0.9e12, "0.9 trillion", half_step=0.05e12, source="Y")).verdict == "conflict"


def test_trailing_zeros_are_not_precision():
    digits = fact(1.5e6, "1,500,000", half_step=0.5, source="X")
    words = fact(1.5e6, "1.5 million", half_step=0.05e6, source="Y")
    assert bounds(digits) == (1.45e6, 1.55e6)
    assert compare(digits, words).verdict == "agree"
    millions = fact(72e9, "$72,000 million", unit="USD", dimension="currency", half_step=0.5e6, source="X")
    billions = fact(72e9, "$72 billion", unit="USD", dimension="currency", half_step=0.5e9, source="Y")
    assert bounds(millions) == bounds(billions) == (71.5e9, 72.5e9)
    # but never more than 5%: "300" vs "330" (a 10% change) still conflict
    assert compare(fact(300, "300", source="X"), fact(330, "330", source="Y")).verdict == "conflict"


def test_strict_touching_ranges():
    assert not overlap((14.5, 15.5), (15.5, 16.5), strict=True)
    assert overlap((14.5, 15.5), (15.5, 16.5))  # arithmetic results may touch
    assert overlap((1.0, 1.0), (1.0, 1.0), strict=True)


def test_interval_arithmetic():
    e, i = (3175.555, 3175.565), (4348.235, 4348.245)
    assert add(e, i)[0] == pytest.approx(7523.79) and add(e, i)[1] == pytest.approx(7523.81)
    assert sub(i, e)[0] == pytest.approx(1172.67) and sub(i, e)[1] == pytest.approx(1172.69)
    lo, hi = previous((7523.75, 7523.85), (14.35, 14.45))
    assert lo == pytest.approx(7523.75 / 1.1445) and hi == pytest.approx(7523.85 / 1.1435)


def test_rate_is_named_with_its_date():
    r = currency.rate("USD", "CNY", "2024", None)
    assert 7.0 < r.rate < 7.4 and "2024" in r.basis
    r2 = currency.rate("EUR", "USD", None, "2017-03-14")
    assert 1.0 < r2.rate < 1.1 and "2017-03-14" in r2.basis


def test_conversion_agrees_and_names_rate():
    usd = fact(1.05e12, "about 1.05 trillion U.S. dollars", unit="USD", dimension="currency", approx="~",
               half_step=0.005e12, source="Xinhua", key="service trade", period="2024")
    cny = fact(7523.8e9, "7523.8 billion yuan", unit="CNY", dimension="currency", half_step=0.05e9,
               source="CCTV News", key="service trade", period="2024")
    f = compare(cny, usd)
    assert f.verdict == "agree"
    assert "1 USD = 7." in f.detail and "2024 average of ECB reference rates" in f.detail
    low = fact(5e12, "5 trillion yuan", unit="CNY", dimension="currency", half_step=0.5e12, source="CCTV News",
               key="service trade", period="2024")
    assert compare(low, usd).verdict == "conflict"


def test_incomparable_facts_give_no_finding():
    a = fact(3, "3", kind="other", source="X")
    b = fact(4, "4", kind="other", source="Y")
    assert reconcile([a, b]) == []
    c = fact(10, "10 zorkmids", unit="XZK", dimension="currency", source="X")
    d = fact(20, "20 yen", unit="JPY", dimension="currency", source="Y")
    assert reconcile([c, d]) == []


def test_conflicts_first_and_same_values_once():
    facts = [fact(246, "246", source="BBC"), fact(246, "246", source="CNN"),
             fact(246, "246", source="CNN", sentence="Officials said 246 died."),
             fact(15, "15 minutes", unit="minute", dimension="time", key="delay", source="BBC"),
             fact(16, "16 minutes", unit="minute", dimension="time", key="delay", source="CNN")]
    out = reconcile(facts)
    assert [f.verdict for f in out] == ["conflict", "agree"]
    assert out[0].sources == ["BBC", "CNN"]


def test_differently_named_subjects_never_conflict():
    a = fact(14, "14 points", source="X", subject="Richard Carter", key="carter richard",
             sentence="Richard Carter scored 14 points and Seth VanDeest scored 13.")
    b = fact(13, "13 points", source="Y", subject="Seth VanDeest", key="seth vandeest",
             sentence="Richard Carter scored 14 points and Seth VanDeest scored 13.")
    assert [f for f in reconcile([a, b]) if f.verdict == "conflict"] == []


@pytest.mark.parametrize("other, verdicts", [
    (fact(3, "three other rifles", source="Y", subject="other rifles", key="other rifle", unit="rifle",
          sentence="The navy seized seven rifles and three other rifles."), []),
    (fact(9, "nine rifles", source="Y", subject="rifles", key="rifle", unit="rifle",
          sentence="The navy seized nine rifles and three other rifles."), ["conflict"]),  # control
])
def test_other_things_are_not_the_things_they_are_other_than(other, verdicts):
    a = fact(7, "seven rifles", source="X", subject="rifles", key="rifle", unit="rifle",
             sentence="The navy seized seven rifles and a grenade launcher.")
    assert [f.verdict for f in reconcile([a, other])] == verdicts


def test_scores_are_not_ranges():
    a = fact(44, "44-26 margin", value_max=26, source="X", key="margin")
    b = fact(44, "44-26 margin", value_max=26, source="Y", key="margin")
    assert reconcile([a, b]) == []


def test_synonymous_subjects_align():
    a = fact(246, "246 people", source="BBC", subject="people killed", key="killed people")
    b = fact(250, "nearly 250 people", approx="~", side="-", source="CNN", subject="death toll", key="death people")
    out = reconcile([a, b])
    assert len(out) == 1 and out[0].verdict == "agree" and "synonymous subject" in out[0].detail


def test_different_news_days_need_a_named_subject():
    a = fact(18, "18", source="X", subject="age", key="age", period="2016", published="2016-12-01")
    b = fact(4, "4", source="Y", subject="age", key="age", period="2016", published="2017-02-10")
    assert reconcile([a, b]) == []
    c = fact(7.5e12, "7.5 trillion", source="X", key="service trade", period="2024", published="2025-02-03")
    d = fact(7.5e12, "7.5 trillion", source="Y", key="service trade", period="2024", published="2025-03-20")
    assert [f.verdict for f in reconcile([c, d])] == ["agree"]


def test_far_apart_values_are_different_quantities_unless_worded_alike():
    a = fact(14000, "14,000 asylum seekers", source="X", key="asylum seeker",
             sentence="A backlog has stranded 14,000 asylum seekers on the islands.")
    b = fact(2, "Two asylum seekers", source="Y", key="asylum seeker",
             sentence="Two asylum seekers spoke on condition of anonymity.")
    assert reconcile([a, b]) == []
    c = fact(38e6, "$38 million", unit="USD", dimension="currency", source="X", key="tax trump",
             sentence="Trump paid $38 million in federal taxes in 2005.", half_step=0.5e6)
    d = fact(38e9, "$38 billion", unit="USD", dimension="currency", source="Y", key="tax trump",
             sentence="Trump paid $38 billion in federal taxes in 2005.", half_step=0.5e9)
    assert [f.verdict for f in reconcile([c, d])] == ["conflict"]


def test_a_shared_generic_subject_in_two_unrelated_stories_is_no_conflict():
    profile = fact(23, "23", unit="year", dimension="time", subject="age", key="age", source="BBC",
                   sentence="The apprentice joiner from Leeds, age 23, wants to open a workshop with her partner.")
    law = fact(18, "18", unit="year", dimension="time", subject="age", key="age", source="DW",
               sentence="Under the new law a patient under the age of 18 needs the consent of a guardian.")
    assert [g for g in reconcile([profile, law]) if g.verdict == "conflict"] == []
    # the same subject in one story (the sentences share what they are about) is still set side by side
    a = fact(23, "23", unit="year", dimension="time", subject="age", key="age", source="BBC",
             sentence="The striker Tom Ellis, age 23, signed a three-year contract with Leeds United.")
    b = fact(25, "25", unit="year", dimension="time", subject="age", key="age", source="DW",
             sentence="Leeds United signed striker Tom Ellis, age 25, on a three-year contract.")
    assert [g.verdict for g in reconcile([a, b])] == ["conflict"]


def test_wording_around_a_figure_does_not_depend_on_how_it_is_written():
    from pipeline.reconcile.align import window
    texts = ["Officials said 65% of traffic to India was down on Monday.",
             "Officials said 65 percent of traffic to India was down on Monday."]
    a, b = (fact(65, s, unit="percent", dimension="percentage", sentence=t)
            for s, t in zip(("65%", "65 percent"), texts))
    assert window(a) == window(b) and "traffic" in window(a) and "percent" not in window(b)
    # a counted noun written with the number still counts as wording; the number word does not
    c = fact(12, "twelve migrants", sentence="Coastguards found twelve migrants off Lesbos.")
    d = fact(12, "12 migrants", sentence="Coastguards found 12 migrants off Lesbos.")
    assert window(c) == window(d) and "migrants" in window(c)



def test_a_figure_against_one_item_of_another_outlets_list_needs_its_words():
    # a timeline lists many attacks, each "killed N": a single toll elsewhere is not set against one of them
    kw = dict(subject="people killed", key="killed people", period="2016")
    timeline = [fact(v, f"{v} people", source="CNN", sentence=f"What happened: {what} killed {v} people.", **kw)
                for v, what in ((10, "a suicide bomber near the Blue Mosque in Istanbul"),
                                (45, "gunmen firing on crowds at the Ataturk airport"),
                                (12, "a lorry driven into a Christmas market in Berlin"))]
    toll = fact(22, "22 people", source="BBC", sentence="What happened: an attack on a cafe in Dhaka killed 22 people.",
                **kw)
    assert [f for f in reconcile(timeline + [toll]) if f.verdict == "conflict"] == []
    # one figure for the same attack still conflicts
    other = fact(20, "20 people", source="CNN", sentence="What happened: an attack on a cafe in Dhaka killed 20 people.",
                 **kw)
    assert [f.verdict for f in reconcile([other, toll])] == ["conflict"]


def test_the_same_two_values_paired_the_wrong_way_round_are_no_conflict():
    # both outlets report a 12-year-old and a 15-year-old girl; the words around one outlet's 15 happen to
    # match the other's 12 better, but each figure agrees with the other outlet's matching one
    kw = dict(unit="year of age", dimension="age", subject="girl", key="girl", period="2011")
    s1 = ("The jury sentenced him to life in prison for aggravated sexual assault of a 12-year-old girl and 20 years"
          " in prison for the sexual assault of a 15-year-old girl.")
    h12 = "Jurors also gave him 20 years in prison for the sexual assault of a 12-year-old girl."
    h15 = "Prosecutors played a tape of him with a 15-year-old bride."
    facts = [fact(12, "12-year-old", source="A", sentence=s1, **kw), fact(15, "15-year-old", source="A", sentence=s1, **kw),
             fact(12, "12-year-old", source="B", sentence=h12, **kw), fact(15, "15-year-old", source="B", sentence=h15, **kw)]
    assert [f.verdict for f in reconcile(facts)] == ["agree", "agree"]
