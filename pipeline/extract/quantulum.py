"""The one place quantulum3 is touched: its unit lexicon, its parser, its warnings and logging.

quantulum3 keeps global state (loaded unit tables) and warns at import; both stay here. The lexicon
lookup is cheap and runs on the hot path; the full parser only runs for compound units it alone
can read ("km/h", "pound-feet").
"""
from __future__ import annotations

import functools
import logging
import re
import warnings
from dataclasses import dataclass

# Entities quantulum3 knows that are not physical units in a news sense: those are handled by our own layer.
_SKIP_ENTITIES = {"dimensionless", "currency", "unknown"}
_SKIP_SURFACES = {"a", "an", "in", "at", "per", "the", "of", "to", "and", "or", "by", "on", "s", "m", "b",
                  "g", "h", "c", "t", "l", "p", "k", "d", "mi", "us", "it", "is", "as", "no", "pt", "yr", "min",
                  "point", "points", "pound", "pounds", "mark", "marks", "cup", "cups", "bar", "bars",
                  "year", "years", "day", "days", "hour", "hours", "week", "weeks", "month", "months",
                  "second", "seconds", "minute", "minutes", "century", "centuries", "decade", "decades",
                  "gal", "pa", "ft", "oz", "st", "ton", "tons", "sec", "bit", "bits", "stone", "stones"}
# Time units are counted by our own layer (as units) so that "15 minutes" is a duration, not a count.
TIME_UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
              "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
              "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
              "decade": "decade", "decades": "decade", "century": "century", "centuries": "century"}
OTHER_UNITS = {"ton": ("ton", "mass"), "tons": ("ton", "mass"), "tonne": ("tonne", "mass"),
               "tonnes": ("tonne", "mass"), "pound": ("pound", "mass"), "pounds": ("pound", "mass"),
               "ft": ("foot", "length"), "oz": ("ounce", "mass"), "mph": ("mile per hour", "speed"),
               "km/h": ("kilometre per hour", "speed"), "kph": ("kilometre per hour", "speed"),
               "points": ("point", "points"), "point": ("point", "points"),
               "min": ("minute", "time"), "mins": ("minute", "time"), "bhp": ("brake horsepower", "power"),
               "PS": ("metric horsepower", "power"), "ksi": ("kilopound per square inch", "pressure"),
               "\u03bcm": ("micrometre", "length"), "kV/cm": ("kilovolt per centimetre", "electric field"),
               "m2": ("square metre", "area"), "m\u00b2": ("square metre", "area"),
               "km2": ("square kilometre", "area"), "km\u00b2": ("square kilometre", "area"),
               "lb-ft": ("foot pound-force", "torque"), "lb ft": ("foot pound-force", "torque"),
               "pound-feet": ("pound-foot", "torque"), "pound-foot": ("pound-foot", "torque"),
               "MWh": ("megawatt hour", "energy"), "GWh": ("gigawatt hour", "energy"),
               "TWh": ("terawatt hour", "energy"), "mpg": ("mile per gallon", "fuel economy"),
               "ppm": ("part per million", "concentration"), "parts per million": ("part per million", "concentration")}


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: str
    length: int  # characters of the text it covered


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.getLogger("quantulum3").addHandler(logging.NullHandler())
        from quantulum3 import load

        units = load.units("en_US")
    lex: dict[str, tuple[str, str]] = {}
    for table in (units.surfaces_lower, units.symbols):
        for surface, cands in table.items():
            key = surface if table is units.symbols else surface.lower()
            if key in _SKIP_SURFACES or len(key) < 1:
                continue
            good = [u for u in cands if u.entity.name not in _SKIP_ENTITIES]
            if len(good) != 1:
                continue
            u = good[0]
            lex.setdefault(key, (u.name, u.entity.name))
    for k, v in TIME_UNITS.items():
        lex[k] = (v, "time")
    lex.update(OTHER_UNITS)
    return lex


def is_unit(surface: str) -> bool:
    """Whether ``surface`` is a unit's name or symbol ("PS", "ksi", "lb-ft", "km")."""
    lex = _lexicon()
    return surface in lex or surface.lower() in lex


def warm_up() -> None:
    """Load quantulum3's unit tables now (its import costs seconds): done once per extractor, so that
    forked workers inherit them instead of each paying for the import."""
    _lexicon()


_WORD = re.compile(r"[ \u00a0-]?([A-Za-z°µμ²³/.'\"-]+(?:[ -][A-Za-z°²³/.-]+){0,3})")


def unit_after(text: str, pos: int) -> Unit | None:
    """The physical unit written right after position ``pos`` ("5 km", "20 °C", "3 square metres")."""
    m = _WORD.match(text, pos)
    if not m:
        return None
    words = m.group(1).rstrip(".").split(" ")
    lex = _lexicon()
    for n in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[:n]).rstrip(".,")
        for key in (phrase, phrase.lower()):
            if key in lex:
                name, dim = lex[key]
                covered = m.start(1) - pos + len(phrase)
                return Unit(name, dim, covered)
    return None


def parse_units(sentence: str) -> list[tuple[int, int, float, str, str]]:
    """quantulum3's own reading: (start, end, value, unit name, entity) per quantity it finds."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        try:
            found = parser.parse(sentence)
        except Exception:  # quantulum3 raises assorted errors on odd input; its reading is optional
            return []
    out = []
    for q in found:
        if q.unit.entity.name in _SKIP_ENTITIES:
            continue
        start, end = q.span
        out.append((start, end, float(q.value), q.unit.name, q.unit.entity.name))
    return out
