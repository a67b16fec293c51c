"""Numerals, number words and scale words: text to value, with the precision it was printed at."""
from __future__ import annotations

import re
from dataclasses import dataclass

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "grand": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mil": 1e6, "millions": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "billions": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12, "trillions": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "dozen": 12,
    "milion": 1e6, "millon": 1e6, "bilion": 1e9, "billlion": 1e9, "trilion": 1e12,  # (common misspellings)
}
# Scale words that are only read as scales when written against the number or after a currency.
# "hundreds of miles", "tens of thousands": the order of magnitude a plural number word names
VAGUE = {"tens": 10.0, "dozens": 12.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
SHORT_SCALES = {"k", "m", "b", "tr"}

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
             "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25,
             "three quarters": 0.75, "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2,
             "a tenth": 0.1, "one tenth": 0.1,
             "a fourth": 0.25, "one fourth": 0.25, "one-fourth": 0.25, "three fourths": 0.75,
             "three-fourths": 0.75, "two fifths": 0.4, "two-fifths": 0.4, "three fifths": 0.6,
             "an eighth": 0.125, "one eighth": 0.125, "one-half": 0.5, "one-third": 1 / 3, "one-quarter": 0.25,
             "one-fifth": 0.2, "one-tenth": 0.1, "one-eighth": 0.125}
OTHER_WORDS = {"a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000, "a million": 1e6,
               "a billion": 1e9, "a trillion": 1e12, "a couple": 2, "a pair": 2, "a score": 20}

_word_unit = "|".join(sorted(UNITS, key=len, reverse=True))
_word_tens = "|".join(TENS)
_tens_unit = rf"(?:{_word_tens})(?:[- ](?:{'|'.join(k for k in UNITS if 0 < UNITS[k] < 10)}))?"
# "six hundred and forty-two"
_group = rf"(?:{_tens_unit}|(?:{_word_unit})(?:\s+hundred(?:\s+(?:and\s+)?(?:{_tens_unit}|{_word_unit}))?)?)"
WORD_NUMBER = (
    # "nine thousand four hundred and six"; a bare "two million" leaves its scale word to the scanner
    rf"(?:{'|'.join(re.escape(k) for k in sorted(FRACTIONS, key=len, reverse=True))}"
    rf"|{'|'.join(re.escape(k) for k in sorted(OTHER_WORDS, key=len, reverse=True))}"
    rf"|{_group}(?:[\s-]+(?:thousand|million|billion)[\s,]+(?:and\s+)?{_group})*)"
)

# "3½", "½", "3 1/2": whole numbers with a fraction
VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 1 / 5, "⅛": 1 / 8, "⅜": 3 / 8,
          "⅝": 5 / 8, "⅞": 7 / 8}
_VULGAR = "[" + "".join(VULGAR) + "]"
# 1,234.5  1 234 (narrow/no-break spaces)  1234.5  .5
NUMERAL = (
    rf"(?:\d*[ \u00a0]?{_VULGAR}"
    r"|\d+ [1-7]/[2-8](?![\d/])"
    r"|\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,])"  # "1.200,50": continental thousands dots and decimal comma
    r"|\d{1,3},\d{1,2}(?=[ \u00a0]?(?:%|per ?cent\b|€))"  # "12,3 %", "4,50 €": a decimal comma
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+"
    r"|\d{1,3}(?: \d{3}){2,}(?![\d,])"  # "1 200 000": plain spaces only with two groups or more
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.,])"  # "1.200.000": dots as thousands separators
    r"|\d+(?:\.\d+)?"
    r"|\.\d+)"
)


@dataclass(frozen=True)
class Number:
    value: float
    half_step: float  # half of the last printed digit's place value (0 for fractions and "a dozen")


def parse_numeral(s: str) -> Number:
    """'1,234.5' -> 1234.5 (half step 0.05); '7523.8' -> 7523.8; '250' -> 250 (half step 0.5); '3½' -> 3.5."""
    frac = re.fullmatch(rf"(\d*)[ \u00a0]?(?:({_VULGAR})|([1-7])/([2-8]))", s)
    if frac:  # exact as written: the fraction is the precision
        part = VULGAR[frac.group(2)] if frac.group(2) else int(frac.group(3)) / int(frac.group(4))
        return Number(int(frac.group(1) or 0) + part, 0.0)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})*,\d{1,2}", s):
        s = s.replace(".", "").replace(",", ".")  # "1.200,50" -> 1200.50, "12,3" -> 12.3
    t = re.sub(r"[,\u00a0\u202f\u2009 ]", "", s)
    if t.count(".") > 1:
        t = t.replace(".", "")  # "1.200.000"
    value = float(t)
    if "." in t:
        decimals = len(t.split(".", 1)[1])
        half = 0.5 * 10 ** (-decimals)
    else:
        half = 0.5
    return Number(value, half)


def parse_word_number(s: str) -> Number | None:
    """'two' -> 2, 'twenty-five' -> 25, 'three hundred' -> 300, 'a third' -> 1/3, 'a dozen' -> 12.

    Whole numbers in words are rounded like digits (half step 0.5); fractions and "a dozen" are exact.
    """
    w = " ".join(s.lower().replace("-", " ").split())
    for table in (FRACTIONS, OTHER_WORDS):
        for k, v in table.items():
            if w == k.replace("-", " "):
                return Number(float(v), 0.0)
    total = current = 0.0
    parts = w.replace(",", " ").split()
    if not parts:
        return None
    for p in parts:
        if p in UNITS:
            current += UNITS[p]
        elif p in TENS:
            current += TENS[p]
        elif p == "hundred":
            current = (current or 1) * 100
        elif p in ("thousand", "million", "billion"):
            total += (current or 1) * SCALES[p]
            current = 0.0
        elif p != "and":
            return None
    # "six miles" is as round as "6 miles": a whole number in words has the precision of its digits
    return Number(total + current, 0.5)


def scale_of(word: str | None) -> float:
    if not word:
        return 1.0
    return SCALES.get(word.lower().rstrip("."), 1.0)
