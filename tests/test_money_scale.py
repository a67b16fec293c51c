"""Money and scale forms, each checked by hand: value fully scaled, ISO 4217 unit."""
import pytest

# (text, surface, value, unit)
CASES = [
    ("The deal is worth US$200 million.", "US$200 million", 2e8, "USD"),
    ("It raised $72 billion last year.", "$72 billion", 72e9, "USD"),
    ("It raised $72,000 million last year.", "$72,000 million", 72e9, "USD"),
    ("Revenue reached $3.5bn.", "$3.5bn", 3.5e9, "USD"),
    ("The fine was $450m.", "$450m", 450e6, "USD"),
    ("Startups raised $20k each.", "$20k", 20e3, "USD"),
    ("Imports totalled 7.5 trillion yuan.", "7.5 trillion yuan", 7.5e12, "CNY"),
    ("Output was 7523.8 billion yuan.", "7523.8 billion yuan", 7.5238e12, "CNY"),
    ("The fund holds RMB 30 billion.", "RMB 30 billion", 30e9, "CNY"),
    ("Sales hit ¥1.2 trillion.", "¥1.2 trillion", 1.2e12, "JPY"),
    ("The bank lent €5bn.", "€5bn", 5e9, "EUR"),
    ("The club paid £3m for him.", "£3m", 3e6, "GBP"),
    ("The contract is for USD 200.", "USD 200", 200.0, "USD"),
    ("The contract is for 200 USD.", "200 USD", 200.0, "USD"),
    ("The budget is 1.5 million euros.", "1.5 million euros", 1.5e6, "EUR"),
    ("Trade exceeded 1 trillion U.S. dollars.", "1 trillion U.S. dollars", 1e12, "USD"),
    ("The mine cost A$2.1bn to build.", "A$2.1bn", 2.1e9, "AUD"),
    ("The tower cost HK$800 million.", "HK$800 million", 8e8, "HKD"),
    ("A stamp costs 50 cents.", "50 cents", 0.5, "USD"),
    ("A loaf costs 75p more.", "75p", 0.75, "GBP"),
    ("The company lost -$7.25 million in the quarter.", "-$7.25 million", -7.25e6, "USD"),
]


@pytest.mark.parametrize("text,surface,value,unit", CASES)
def test_money_forms(extractor, text, surface, value, unit):
    facts = extractor(text)
    match = [f for f in facts if f.surface == surface]
    assert match, [f.surface for f in facts]
    f = match[0]
    assert f.value == pytest.approx(value, rel=1e-9)
    assert f.unit == unit and f.dimension == "currency"
    assert text[f.start:f.end] == surface


def test_bare_dollar_follows_the_dateline(extractor):
    [f] = extractor("SYDNEY (Reuters) - The miner will spend $2 billion on a new port.")
    assert f.unit == "AUD"


@pytest.mark.parametrize("text,value,value_max,unit", [
    ("Growth will be between 5% and 7%.", 5.0, 7.0, "percent"),
    ("Growth will be 5-7%.", 5.0, 7.0, "percent"),
    ("The project costs 10 to 20 billion dollars.", 10e9, 20e9, "USD"),
    ("Rates rose 25 basis points.", 25.0, None, "basis point"),
    ("Support rose 3 percentage points.", 3.0, None, "percentage point"),
    ("Inflation was 2.4 per cent.", 2.4, None, "percent"),
])
def test_ranges_and_percent_forms(extractor, text, value, value_max, unit):
    [f] = extractor(text)
    assert (f.value, f.value_max, f.unit) == (pytest.approx(value), value_max and pytest.approx(value_max), unit)


@pytest.mark.parametrize("text", [
    "The meeting is on Feb. 3 at 2.15pm.",
    "In the 2012-13 season the club was founded in 1999.",
    "He finished 21st.",
])
def test_not_quantities(extractor, text):
    assert extractor(text) == []


@pytest.mark.parametrize("text,approx", [
    ("about 1.05 trillion yuan", "~"), ("more than 300 people", ">"), ("nearly 250 people", "~"),
    ("at least 40 people", ">="), ("less than 5%", "<"), ("up to 3,000 jobs", "<="), ("exactly 14 people", "="),
])
def test_hedges(extractor, text, approx):
    [f] = extractor(f"They counted {text} on Monday.")
    assert f.approx == approx
