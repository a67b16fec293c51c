"""Golden facts of the two seed articles, checked by hand against the text.

Each row: surface as printed, value (fully scaled), unit, approx, direction, kind, words the subject
key must contain, period. The extractor must produce exactly these facts, in this order, and no others
(no dateline date, no "first time", no years).
"""
import pytest

X, C = "Xinhua", "CCTV News"
TRADE = {"service", "trade"}

# fmt: off
EXPECTED = {
    X: [
        ("1 trillion U.S. dollars",    1e12,      "USD",     ">", None,   "level",  TRADE,                  "2024"),
        ("7.5 trillion yuan",          7.5e12,    "CNY",     "=", None,   "level",  TRADE,                  "2024"),
        ("1.05 trillion U.S. dollars", 1.05e12,   "USD",     "~", None,   "level",  TRADE,                  "2024"),
        ("14.4 percent",               14.4,      "percent", "=", "up",   "growth", TRADE,                  "2024"),
        ("18.2 percent",               18.2,      "percent", "=", "up",   "growth", {"export"},             "2024"),
        ("11.8 percent",               11.8,      "percent", "=", "up",   "growth", {"import"},             "2024"),
    ],
    C: [
        ("US$1 trillion",              1e12,      "USD",     ">", None,   "level",  TRADE,                  "2024"),
        ("7523.8 billion yuan",        7.5238e12, "CNY",     "=", None,   "level",  TRADE,                  "2024"),
        ("14.4%",                      14.4,      "percent", "=", "up",   "growth", TRADE,                  "2024"),
        ("3175.56 billion yuan",       3.17556e12, "CNY",    "=", None,   "level",  {"export"},             "2024"),
        ("18.2%",                      18.2,      "percent", "=", "up",   "growth", {"export"},             "2024"),
        ("4348.24 billion yuan",       4.34824e12, "CNY",    "=", None,   "level",  {"import"},             "2024"),
        ("11.8%",                      11.8,      "percent", "=", "up",   "growth", {"import"},             "2024"),
        ("1172.68 billion yuan",       1.17268e12, "CNY",    "=", None,   "level",  {"deficit"},            "2024"),
        ("31.43 billion yuan",         3.143e10,  "CNY",     "=", "down", "change", {"deficit"},            "2024"),
        ("US$1 trillion",              1e12,      "USD",     ">", None,   "level",  TRADE,                  "2024"),
        ("2051.15 billion yuan",       2.05115e12, "CNY",    "=", None,   "level",  {"travel"},             "2024"),
        ("38.1%",                      38.1,      "percent", "=", "up",   "growth", {"travel"},             "2024"),
        ("2896.52 billion yuan",       2.89652e12, "CNY",    "=", None,   "level",  {"knowledge-intensive"}, "2024"),
        ("6.5%",                       6.5,       "percent", "=", "up",   "growth", {"knowledge-intensive"}, "2024"),
        ("1657.32 billion yuan",       1.65732e12, "CNY",    "=", None,   "level",  {"knowledge-intensive", "export"}, "2024"),
        ("7.4%",                       7.4,       "percent", "=", "up",   "growth", {"knowledge-intensive", "export"}, "2024"),
    ],
}
# fmt: on


@pytest.mark.parametrize("source", [X, C])
def test_every_number_is_a_fact_and_nothing_else(seed_facts, source):
    got = [f.surface for f in seed_facts[source]]
    assert got == [row[0] for row in EXPECTED[source]]


@pytest.mark.parametrize("source,i", [(s, i) for s in EXPECTED for i in range(len(EXPECTED[s]))])
def test_fact_fields(seed_facts, source, i):
    surface, value, unit, approx, direction, kind, subject_words, period = EXPECTED[source][i]
    facts = seed_facts[source]
    assert i < len(facts) and facts[i].surface == surface
    f = facts[i]
    assert f.value == pytest.approx(value, rel=1e-9)
    assert f.value_max is None
    assert f.unit == unit
    assert f.dimension == ("currency" if unit in ("USD", "CNY") else "percentage")
    assert f.approx == approx
    assert f.direction == direction
    assert f.kind == kind
    assert subject_words <= set(f.subject_key.split()), (f.subject, f.subject_key)
    assert f.period == period
    assert f.source == source


def test_offsets_point_at_the_surface(seed_facts):
    from pipeline.ingest import iter_documents
    from tests.conftest import CCTV, XINHUA

    texts = {d.source: d.text for d in iter_documents([XINHUA, CCTV])}
    for source, facts in seed_facts.items():
        for f in facts:
            assert texts[source][f.start:f.end] == f.surface
            assert f.surface in f.sentence


def test_intervals_follow_printed_precision_and_hedge(seed_facts):
    by = {f.surface: f for f in seed_facts[X]}
    assert (by["7.5 trillion yuan"].low, by["7.5 trillion yuan"].high) == pytest.approx((7.45e12, 7.55e12))
    about = by["1.05 trillion U.S. dollars"]
    assert about.low < 1.045e12 and about.high > 1.055e12          # "about" widens beyond rounding
    more = by["1 trillion U.S. dollars"]
    assert more.low == pytest.approx(1e12) and more.high is None     # "exceeded": one-sided


def test_ids_are_stable(extractor):
    from pipeline.ingest import iter_documents
    from tests.conftest import XINHUA

    d = next(iter_documents([XINHUA]))
    a = extractor(d.text, doc_id=d.doc_id, source=d.source, published=d.published)
    b = extractor(d.text, doc_id=d.doc_id, source=d.source, published=d.published)
    assert [f.fact_id for f in a] == [f.fact_id for f in b]
    assert len({f.fact_id for f in a}) == len(a)
