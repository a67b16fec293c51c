"""The period of each figure (sentences written for these tests; published 2025-01-10)."""
import pytest

from pipeline.extract.period import find_period, find_periods

PUB = "2025-01-10"


@pytest.mark.parametrize("sentence, period", [
    ("Exports rose in 2024.", "2024"),
    ("Profit fell in the first quarter of 2023.", "2023-Q1"),
    ("Output grew in Q3 2022.", "2022-Q3"),
    ("Sales rose last year.", "2024"),
    ("Prices rose in March.", "2024-03"),  # the last March before publication
    ("The 2012-13 season was long.", "2012/2013"),
    ("The fund grew in fiscal 2021.", "FY2021"),
    ("Prices grew fastest from 2007 to 2015.", "2007-2015"),
    ("Exports rose 5% year on year.", None),  # a comparison, not a period
    ("Exports rose 5%.", None),
])
def test_the_period_a_sentence_names(sentence, period):
    assert find_period(sentence, PUB) == period


def test_without_a_publication_date_relative_periods_stay_open():
    assert find_period("Sales rose last year.", None) is None
    # still a period of the sentence, so the figure beside it does not take the other one
    assert find_periods("Sales rose in 2023 and then last year.", None) == [(14, 18, "2023"), (28, 37, "")]


@pytest.mark.parametrize("text, want", [
    ("Sales were 5 million this year, up from 4 million in 2016.", [("5 million", None), ("4 million", "2016")]),
    ("Farms will grow 205 million kilograms this year, three million more than they harvested in 2016.",
     [("205 million kilograms", None), ("three million", None)]),
    ("In the second half of this year growth will exceed 2%, after 1% in the first half of 2017.",
     [("2%", None), ("1%", "2017-H1")]),
])
def test_without_a_publication_date_a_figure_beside_this_year_has_no_period(extractor, text, want):
    assert [(f.surface, f.period) for f in extractor(text)] == want


def test_a_sentence_naming_an_open_period_does_not_take_the_last_sentence_s(extractor):
    fs = extractor("Sales reached 5 million cars in 2016. This year they were 6 million cars. They sold 7 million cars.")
    assert [(f.value, f.period) for f in fs] == [(5e6, "2016"), (6e6, None), (7e6, None)]


def test_a_year_earlier_is_before_the_year_the_sentence_names():
    assert [v for _, _, v in find_periods("In 2020 sales were $5bn, up from $4bn a year earlier.", PUB)] == ["2020", "2019"]


def periods(extractor, text):
    return [(f.surface, f.period) for f in extractor(text, published=PUB)]


@pytest.mark.parametrize("text, want", [
    # each level takes the period written after it
    ("Acme sales rose to $12 billion in 2024 from $10 billion in 2023.",
     [("$12 billion", "2024"), ("$10 billion", "2023")]),
    ("Sales rose to $12 billion this year from $10 billion last year.",
     [("$12 billion", "2025"), ("$10 billion", "2024")]),
    ("In 2020 Acme sales were $12 billion, up from $10 billion a year earlier.",
     [("$12 billion", "2020"), ("$10 billion", "2019")]),
    # or the one right before it, even as a possessive
    ("This year's list price is $41,250 versus last year's $39,900.", [("$41,250", "2025"), ("$39,900", "2024")]),
    ("In 2012, 35 ships were attacked, compared with 163 in 2009.", [("35 ships", "2012"), ("163", "2009")]),
    # a quarter without a year is in the year the sentence names
    ("Profit was $3bn in the first quarter and $4bn in the second quarter of 2024.",
     [("$3bn", "2024-Q1"), ("$4bn", "2024-Q2")]),
    # the base a change is measured against is not its period
    ("The number of deaths in 2016 was at least 20 percent higher than in 2015.", [("20 percent", "2016")]),
    ("Sales rose 10% in 2024 from 2023 to $12 billion.", [("10%", "2024"), ("$12 billion", "2024")]),
    # one period in the sentence: every figure has it
    ("In 2024 exports rose 14.4% year on year to $100bn.", [("14.4%", "2024"), ("$100bn", "2024")]),
])
def test_each_figure_has_its_own_period(extractor, text, want):
    assert periods(extractor, text) == want


def test_a_sentence_without_a_period_keeps_the_one_before(extractor):
    got = periods(extractor, "Exports rose 5% in 2023. Imports fell 2%.")
    assert got == [("5%", "2023"), ("2%", "2023")]
