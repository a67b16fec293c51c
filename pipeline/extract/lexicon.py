"""Word lists the extractor reads context with: direction, kinds, and words that carry no subject."""
from __future__ import annotations

import re

UP_VERBS = {
    "rise", "grow", "increase", "expand", "gain", "climb", "jump", "surge", "soar", "rocket", "add",
    "boost", "raise", "lift", "advance", "rally", "spike", "double", "triple", "accelerate", "improve",
    "widen", "swell", "balloon", "up", "hike", "rebound", "recover", "leap", "mount", "escalate",
}
DOWN_VERBS = {
    "fall", "drop", "decline", "decrease", "shrink", "contract", "slump", "plunge", "plummet", "tumble",
    "slide", "slip", "sink", "dip", "cut", "reduce", "lower", "lose", "shed", "ease", "slow", "narrow",
    "retreat", "crash", "collapse", "halve", "trim", "slash", "down", "weaken", "erode", "diminish", "shave",
    "tank", "nosedive", "sag", "skid", "depreciate", "devalue",
}


# verbs that compare with what they name, "by" saying how far above or below it: "exceeded last year's figure
# by 900 million euros", "missed its target by 2 points"
OVERSHOOT_VERBS = {"exceed", "surpass", "outstrip", "outpace", "overshoot", "outsell", "outperform"}
UNDERSHOOT_VERBS = {"miss", "undershoot", "underperform"}
UP_NOUNS = {"increase", "rise", "growth", "gain", "jump", "surge", "hike", "expansion", "climb",
            "boost", "uptick", "upturn", "rebound", "improvement", "acceleration", "spike", "leap", "appreciation"}
DOWN_NOUNS = {"decrease", "decline", "drop", "fall", "loss", "cut", "reduction", "contraction", "slump",
              "plunge", "dip", "downturn", "slowdown", "shrinkage", "deficit cut", "slide", "tumble",
              "depreciation", "devaluation"}
UP_ADJ = {"higher", "more", "up", "greater", "larger", "bigger", "above"}
DOWN_ADJ = {"lower", "less", "down", "fewer", "smaller", "below", "cheaper"}
# "60 percent faster than", "20% cheaper than": a percentage before one of these is a difference
UP_COMPARATIVES = {"faster", "quicker", "stronger", "bigger", "larger", "longer", "taller", "heavier", "wider",
                   "greater", "costlier", "dearer"}
DOWN_COMPARATIVES = {"slower", "weaker", "smaller", "shorter", "lighter", "narrower", "cheaper"}
# Nouns that stand between a number and what it measures: climb through them.
QUANTITY_NOUNS = UP_NOUNS | DOWN_NOUNS | {
    "record", "record-high", "high", "low", "total", "sum", "amount", "figure", "level", "tally", "peak",
    "percent", "%", "percentage", "$", "cent", "number", "count", "estimate", "average", "worth", "sum",
    "margin", "pace", "rate of", "change", "year", "times", "fold", "magnitude", "tune", "order", "value of",
    "€", "£", "¥", "us$", "yuan", "dollar", "euro", "pound", "point", "-", "rmb", "billion", "million", "trillion",
    "vicinity", "neighborhood", "neighbourhood",  # "in the vicinity of $1 million": a hedge, not what is measured
}
PACE_NOUNS = {"rate", "pace", "clip", "average"}  # "grew at an annual rate of 6%", "at an average of 6%"
SHARE_CUES = {"share", "proportion", "portion", "fraction", "percentage", "accounted", "account", "represent",
              "make", "comprise", "constitute"}
GROWTH_CUES = ("year on year", "year-on-year", "year over year", "year-over-year", "y/y", "yoy",
               "annual growth", "growth rate", "annualized", "annualised", "month on month", "quarter on quarter")
# Words dropped from a subject before matching (they do not change what is measured).
GENERIC_SUBJECT_WORDS = {
    "total", "annual", "yearly", "overall", "whole", "entire", "value", "volume", "scale", "amount",
    "figure", "level", "size", "sum", "aggregate", "combined", "full", "record", "record-high", "new",
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "country",
    "nation", "national",
}
REPORTING_VERBS = {"say", "tell", "report", "announce", "state", "note", "add", "claim", "estimate",
                   "show", "reveal", "indicate", "suggest", "introduce", "explain", "according"}
PRONOUNS = {"it", "they", "this", "that", "which", "he", "she", "we", "i", "you", "these", "those", "who",
            "them", "its", "there", "one", "most", "some", "many", "all", "both", "none", "several", "few"}
# the points of the compass: "35 miles southwest of the port", "65 miles (105km) north of Sacramento"
COMPASS_POINTS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
                  "north-west", "south-east", "south-west"}
# change nouns that name a rate, so the figure they are set to is still a rate: "brought growth to 6.7%"
RATE_NOUNS = {"growth", "expansion", "contraction"}


_IRREGULAR = {"rose": "rise", "risen": "rise", "rising": "rise", "grew": "grow", "grown": "grow", "fell": "fall",
              "fallen": "fall", "lost": "lose", "losing": "lose", "shrank": "shrink", "shrunk": "shrink",
              "sank": "sink", "sunk": "sink", "slid": "slide", "leapt": "leap", "cutting": "cut",
              "dipped": "dip", "dipping": "dip", "slipped": "slip", "slipping": "slip", "topped": "top",
              "slashed": "slash", "trimmed": "trim", "dropped": "drop", "dropping": "drop", "plunged": "plunge",
              "upped": "up", "halved": "halve", "doubled": "double", "tripled": "triple", "shed": "shed"}


def _forms(lemmas: set[str]) -> set[str]:
    out = set()
    for w in lemmas:
        out |= {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w[:-1] + "ing" if w.endswith("e") else w + "ing"}
        if w.endswith("y"):
            out |= {w[:-1] + "ied", w[:-1] + "ies"}
    out |= {k for k, v in _IRREGULAR.items() if v in lemmas}
    return out


UP_FORMS = _forms(UP_VERBS) | UP_NOUNS | {"up", "higher"}
DOWN_FORMS = _forms(DOWN_VERBS) | DOWN_NOUNS | {"down", "lower"}


# what happened to counted people, as the word after a bare count: "ten killed and about 50 hurt"
# "67 in the region": a place the figure is for, not what it measures
PLACE_NOUNS = {"region", "area", "country", "city", "state", "world", "province", "county", "town", "nation",
               "territory", "district", "capital", "continent", "village", "neighbourhood", "neighborhood", "zone"}
CASUALTIES = ("hurt", "injured", "wounded", "dead", "killed", "missing")
# past participles not written lemma + "ed": "another 4.8 million have fled", "12 were shot"
IRREGULAR_PARTICIPLES = {"flee": "fled", "leave": "left", "fight": "fought", "lose": "lost", "hurt": "hurt",
                         "hold": "held", "take": "taken", "catch": "caught", "shoot": "shot", "go": "gone",
                         "fall": "fallen", "steal": "stolen", "beat": "beaten", "drive": "driven", "send": "sent",
                         "find": "found", "strike": "struck"}
# "... and 20 were wounded", "and three hurt": a casualty word after a bare count
CASUALTY_AFTER = re.compile(rf"\s+(?:were\s+|was\s+|(?:have|had)\s+been\s+)?({'|'.join(CASUALTIES)})\b", re.I)

_SAME_PLURAL = {"species", "series", "means", "headquarters", "crossroads", "news", "barracks", "aircraft"}
# plurals the lemmatizer reads as another word's: counted "bases" are military or industrial bases, not bases of
# an argument; "axes" are tools more often than axis lines
_PLURAL_OF = {"bases": "base", "axes": "axe"}


def sentence_text(doc) -> str:
    """``doc.text``, built once per sentence (spaCy joins every token on each access)."""
    text = doc.user_data.get("newsfacts.text")
    if text is None:
        text = doc.user_data["newsfacts.text"] = doc.text
    return text


def lemma(tok) -> str:
    """A token's lemma, lower-cased. The extractor parses with spaCy's lemmatizer disabled (it is a tenth
    of the parse time) and lemmatizes on demand only the few tokens the readers look at."""
    if tok.lemma_:
        out = tok.lemma_.lower()
    else:
        fn = tok.doc.user_data.get("newsfacts.lemmatize")
        out = fn(tok).lower() if fn is not None else tok.lower_
    if tok.lower_ in _PLURAL_OF:
        return _PLURAL_OF[tok.lower_]
    if tok.lower_ in _SAME_PLURAL:
        return tok.lower_  # "species", "series": not "specie", "sery"
    if tok.lower_.endswith(("ss", "us")) and out == tok.lower_[:-1]:
        return tok.lower_  # "loss" or "impetus" mistagged as a plural is not "los" or "impetu"
    return out


def moved(lemma_: str) -> str | None:
    """"up" or "down" for a verb of change ("rise", "cut"), None for any other lemma."""
    return "up" if lemma_ in UP_VERBS else "down" if lemma_ in DOWN_VERBS else None

# prefixes written with a hyphen that the tokenizer splits off ("non - combatants"): part of the word
PREFIXES = {"non", "co", "ex", "anti", "pro", "self", "semi", "multi", "post", "pre", "counter", "vice", "sub",
            "super", "inter", "mid", "re", "un", "mini", "micro", "mega", "cross", "step", "half", "great"}


def split_prefix(tok):
    """The prefix the tokenizer split off ``tok`` ("non" of "non-combatants", "co" of "co-workers"), or None."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].lower_ in PREFIXES:
        return doc[tok.i - 2]
    return None
