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
                  "gal", "pa", "ft", "oz", "st", "ton", "tons", "sec", "bit", "bits", "stone", "stones",
                  "league", "leagues", "gray", "grey"}
# (and "15 league goals" is a football league, not three miles; "a 2013 gray Camry" a colour, not a dose of radiation)
# Symbols that in news are words, not units: "two TV reporters" (not teravolts), "a PC", "10 PM", "an MP"
_SKIP_SYMBOLS = {"TV", "PC", "PM", "AM", "MP"}
# Time units are counted by our own layer (as units) so that "15 minutes" is a duration, not a count.
TIME_UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
              "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
              "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
              "decade": "decade", "decades": "decade", "century": "century", "centuries": "century"}
OTHER_UNITS = {"ton": ("ton", "mass"), "tons": ("ton", "mass"), "tonne": ("tonne", "mass"),
               "tonnes": ("tonne", "mass"), "pound": ("pound", "mass"), "pounds": ("pound", "mass"),
               "ft": ("foot", "length"), "oz": ("ounce", "mass"), "mph": ("mile per hour", "speed"),
               "kms": ("kilometre", "length"), "amps": ("ampere", "current"),
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
               "ppm": ("part per million", "concentration"), "parts per million": ("part per million", "concentration"),
               "ppb": ("part per billion", "concentration"), "parts per billion": ("part per billion", "concentration"),
               "ml": ("millilitre", "volume"), "mL": ("millilitre", "volume"), "yd": ("yard", "length"),
               "yds": ("yard", "length"), "pts": ("point", "points"),
               "bpd": ("barrel per day", "rate"), "b/d": ("barrel per day", "rate"),
               "nautical mile": ("nautical mile", "length"), "nautical miles": ("nautical mile", "length"),
               # box-score abbreviations
               "ppg": ("point per game", "sports"), "rpg": ("rebound per game", "sports"),
               "apg": ("assist per game", "sports"), "spg": ("steal per game", "sports"),
               "bpg": ("block per game", "sports"), "WAR": ("win above replacement", "sports"),
               "ERA": ("earned run average", "sports")}


# Symbols too ambiguous on their own ("5 g" of what?) but unmistakable glued to a number: "45g", "24h".
GLUED_UNITS = {"m": ("metre", "length"), "km": ("kilometre", "length"), "g": ("gram", "mass"), "l": ("litre", "volume"), "h": ("hour", "time"), "hrs": ("hour", "time"),
               "ft": ("foot", "length"), "oz": ("ounce", "mass"), "mi": ("mile", "length"),
               "lb": ("pound", "mass"), "lbs": ("pound", "mass"),
               "C": ("celsius", "temperature"), "F": ("fahrenheit", "temperature"),  # "38C", "100F"
               "G": ("generation wireless", "generation")}  # "5G", "4G networks": a mobile network generation
_GLUED = re.compile(r"(?P<u>[A-Za-z]{1,3})(?![\w\u00b2\u00b3/])")  # not "225km/h": a rate
# "32m2", "5 km2", "3 cm3": squared and cubed symbols with a plain digit
_POWER = re.compile(r"[ \u00a0]?(?P<u>km|cm|mm|m|ft|mi|in)(?P<p>[23])(?!\w)")
_POWER_NAMES = {"km": "kilometre", "cm": "centimetre", "mm": "millimetre", "m": "metre", "ft": "foot",
                "mi": "mile", "in": "inch"}
# Names quantulum3 gives that read badly in a table: the scale is the unit ("75 degrees Fahrenheit"
# -> fahrenheit), "degree angle" is a degree, "ml" is a millilitre rather than a cubic centimetre.
_RENAME = {"degree fahrenheit": "fahrenheit", "degree Celsius": "celsius", "degree celsius": "celsius",
           "degree angle": "degree", "pound-mass": "pound"}


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
            if key in _SKIP_SURFACES or key in _SKIP_SYMBOLS or len(key) < 1:
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
    return surface in lex or surface.lower() in lex or surface in GLUED_UNITS


def warm_up() -> None:
    """Load quantulum3's unit tables now (its import costs seconds): done once per extractor, so that
    forked workers inherit them instead of each paying for the import."""
    _lexicon()


_WORD = re.compile(r"[ \u00a0-]?([A-Za-z°µμΩ²³/.'\"-]+(?:[ -][A-Za-z°²³/.-]+){0,3})")


_SIZE_ADJ = {"tall", "long", "wide", "high", "deep", "thick", "broad"}
# capitals that spell a unit only in lower case: "55 GM crops" (genetically modified), "20 EV models", "300 PC games"
_ACRONYMS = {"GM", "EV", "PC", "CD", "TV", "DJ", "MP", "GP", "PR", "AI", "IT", "IP", "AD", "BC", "ER", "OR", "PE"}


_TALLY_ADJ = re.compile(r"[ \u00a0](?:total|additional|extra|more|combined|net|further|fewer)(?=[ \u00a0][a-z])", re.I)


def unit_after(text: str, pos: int) -> Unit | None:
    """The physical unit written right after position ``pos`` ("5 km", "20 °C", "3 square metres"), also after
    a word that tallies it ("793 total yards", "40 additional miles")."""
    tally = _TALLY_ADJ.match(text, pos)
    if tally:
        u = _unit_after(text, tally.end())
        return Unit(u.name, u.dimension, u.length + tally.end() - pos) if u is not None else None
    return _unit_after(text, pos)


def _unit_after(text: str, pos: int) -> Unit | None:
    p = _POWER.match(text, pos)
    if p:
        return Unit(("square " if p.group("p") == "2" else "cubic ") + _POWER_NAMES[p.group("u")],
                    "area" if p.group("p") == "2" else "volume", p.end() - pos)
    g = _GLUED.match(text, pos)
    if g and g.group("u") in GLUED_UNITS:
        name, dim = GLUED_UNITS[g.group("u")]
        return Unit(name, dim, g.end() - pos)
    m = _WORD.match(text, pos)
    if not m:
        return None
    parts = re.split(r"([ -])", m.group(1).rstrip("."))  # words and the spaces or hyphens between them
    words = parts[::2]
    lex = _lexicon()
    for n in range(min(4, len(words)), 0, -1):
        phrase = "".join(parts[:2 * n - 1]).rstrip(".,")
        if n < len(words) and parts[2 * n - 1] == "-" and words[n].lower() not in _SIZE_ADJ:
            continue  # "34,750 second-chance requests", "2016 year-on-year": no unit (but "a 5-foot-tall fence")
        # "MPs", "CEOs": a plural abbreviation is not the unit its lower case spells ("mps")
        keys = (phrase,) if re.fullmatch(r"[A-Z]{2,}s", phrase) or phrase in _ACRONYMS \
            else (phrase, phrase.lower(), phrase.lower().replace("-", " "))
        covered = m.start(1) - pos + len(phrase)
        if text[pos + covered:pos + covered + 1].isdigit():
            continue  # "580,000 H6 were sold": letters glued to digits name a model, not a unit
        for key in keys:  # "a 2,000-square-foot house": the unit's words joined by hyphens
            if key in lex:
                name, dim = lex[key]
                return Unit(_RENAME.get(name, name), dim, covered)
        ratio = _ratio_unit(phrase, lex) if n == 1 else None
        if ratio is not None:
            return Unit(ratio[0], ratio[1], covered)
    return None


def _ratio_unit(phrase: str, lex: dict) -> tuple[str, str] | None:
    """"mg/kg", "g/km", "mg/L": one unit per another, when both halves are units."""
    halves = phrase.split("/")
    if len(halves) != 2 or not all(halves):
        return None
    found = []
    for h in halves:
        key = h if h in lex else h.lower() if h.lower() in lex else None
        if key is None and h not in GLUED_UNITS:
            return None
        name, dim = lex[key] if key is not None else GLUED_UNITS[h]
        found.append((_RENAME.get(name, name), dim))
    (a, da), (b, db) = found
    return f"{a} per {b}", f"{da} per {db}"


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
