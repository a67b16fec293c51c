"""Numbers as a journalist would write them in an explanation."""
from __future__ import annotations

CURRENCY_WORDS = {"USD": "US dollars", "CNY": "yuan", "EUR": "euros", "GBP": "pounds", "JPY": "yen",
                  "AUD": "Australian dollars", "CAD": "Canadian dollars", "HKD": "Hong Kong dollars",
                  "INR": "rupees"}


def number(x: float | None, digits: int = 4) -> str:
    if x is None:
        return "unbounded"
    a = abs(x)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if a >= scale:
            return f"{x / scale:,.{digits}g} {word}"
    if a >= 1000 and digits <= 4:
        return f"{x:,.0f}"
    return f"{x:,.{digits}g}"


def amount(x: float | None, unit: str, digits: int = 4) -> str:
    if unit in ("percent",):
        return f"{x:.{digits}g}%" if x is not None else "unbounded"
    word = CURRENCY_WORDS.get(unit, unit)
    return f"{number(x, digits)} {word}".strip()


def interval(lo: float | None, hi: float | None, unit: str) -> str:
    if lo is None and hi is None:
        return "any value"
    if hi is None:
        return f"at least {amount(lo, unit)}"
    if lo is None:
        return f"at most {amount(hi, unit)}"
    digits = 4
    while digits < 9 and amount(lo, unit, digits) == amount(hi, unit, digits):
        digits += 1  # enough digits to show the range: 7,523.79 to 7,523.81 billion, not 7.524 to 7.524
    return f"{amount(lo, unit, digits)} to {amount(hi, unit, digits)}"
