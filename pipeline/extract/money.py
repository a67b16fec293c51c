"""Currency symbols, codes and names, normalised to ISO 4217."""
from __future__ import annotations

import re

LOST_SIGNS = ("?", "\ufffd")  # what a currency sign becomes when a page's encoding is read wrongly


def ends_in_lost_sign(before: str) -> bool:
    """Whether the text before a number ends in a currency sign the encoding lost: "cost ?1.3m", "(\ufffd5m"."""
    return before[-1:] in LOST_SIGNS and before[-2:-1] in ("", " ", "(", "-", ";", "/", ",")

# Prefix symbols and codes, longest first in the pattern. "$" alone is resolved by context.
SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "A$": "AUD", "AU$": "AUD", "AUD$": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD",
    "R$": "BRL", "RM": "MYR", "MX$": "MXN", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "Rs.": "INR", "Rs": "INR",
    "$US": "USD", "$A": "AUD", "$AU": "AUD", "$NZ": "NZD", "$HK": "HKD",  # Australian press: "$US160 million"
    "Dh": "AED", "Dhs": "AED",  # the Gulf press: "Dh4,275"
    "RMB": "CNY", "Rmb": "CNY", "CN¥": "CNY", "CNY¥": "CNY", "JP¥": "JPY", "Fr.": "CHF", "SFr": "CHF",
}
ISO_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "AUD", "CAD", "HKD", "NZD", "SGD", "CHF", "INR", "KRW",
    "RUB", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "TRY", "ILS", "AED", "SAR", "QAR",
    "EGP", "NGN", "KES", "PHP", "IDR", "MYR", "THB", "TWD", "VND", "PKR", "BDT", "ARS", "CLP",
    "COP", "PEN", "UAH", "CZK", "HUF", "RON", "ISK", "BTC",
}
# Names written after the number ("7.5 trillion yuan", "1 trillion U.S. dollars").
NAMES = {
    "u.s. dollars": "USD", "u.s. dollar": "USD", "us dollars": "USD", "us dollar": "USD", "us-dollars": "USD",
    "us-dollar": "USD",
    "american dollars": "USD", "australian dollars": "AUD", "australian dollar": "AUD",
    "canadian dollars": "CAD", "canadian dollar": "CAD", "hong kong dollars": "HKD",
    "hong kong dollar": "HKD", "new zealand dollars": "NZD", "singapore dollars": "SGD",
    "taiwan dollars": "TWD", "new taiwan dollars": "TWD",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "british pounds": "GBP", "pounds": "GBP", "pound": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "yen": "JPY", "japanese yen": "JPY",
    "rupees": "INR", "rupee": "INR", "pakistani rupees": "PKR",
    "won": "KRW", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB",
    "swiss francs": "CHF", "francs": "CHF", "lira": "TRY", "liras": "TRY", "shekels": "ILS",
    "shekel": "ILS", "rand": "ZAR", "ringgit": "MYR", "baht": "THB", "pesos": "MXN", "peso": "MXN",
    "reais": "BRL", "real": "BRL", "naira": "NGN", "dirhams": "AED", "riyals": "SAR", "rupiah": "IDR",
    "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "zloty": "PLN",
    "hryvnia": "UAH", "bitcoin": "BTC",
    # the country named with the currency: "400 Malaysian ringgit", "2 billion Philippine pesos"
    "malaysian ringgit": "MYR", "south african rand": "ZAR", "mexican pesos": "MXN", "mexican peso": "MXN",
    "philippine pesos": "PHP", "philippine peso": "PHP", "argentine pesos": "ARS", "chilean pesos": "CLP",
    "colombian pesos": "COP", "turkish lira": "TRY", "russian roubles": "RUB", "russian rubles": "RUB",
    "brazilian reais": "BRL", "brazilian real": "BRL", "south korean won": "KRW", "korean won": "KRW",
    "thai baht": "THB", "indonesian rupiah": "IDR", "nigerian naira": "NGN", "egyptian pounds": "EGP",
    "israeli shekels": "ILS", "new israeli shekels": "ILS", "swedish kronor": "SEK", "swedish crowns": "SEK",
    "norwegian kroner": "NOK", "norwegian crowns": "NOK", "danish kroner": "DKK", "danish crowns": "DKK",
    "polish zloty": "PLN", "czech crowns": "CZK", "czech koruna": "CZK", "hungarian forints": "HUF",
    "forints": "HUF", "forint": "HUF", "saudi riyals": "SAR", "kenyan shillings": "KES",
    "ukrainian hryvnias": "UAH", "hryvnias": "UAH", "indian rupees": "INR", "pakistani rupee": "PKR",
    "sri lankan rupees": "LKR", "vietnamese dong": "VND", "taka": "BDT", "bitcoins": "BTC", "cents": "USD", "cent": "USD",
    "pence": "GBP", "p": "GBP",
    "bangladeshi taka": "BDT", "cedis": "GHS", "ghanaian cedis": "GHS", "birr": "ETB", "ethiopian birr": "ETB",
    "kyat": "MMK", "dong": "VND", "tenge": "KZT", "kuna": "HRK", "croatian kuna": "HRK", "romanian lei": "RON",
    "cfa francs": "XOF", "cfa franc": "XOF", "west african cfa francs": "XOF",  # the larger of the two CFA zones
    "central african cfa francs": "XAF", "central african cfa franc": "XAF",
    "nepalese rupees": "NPR", "qatari riyals": "QAR", "uae dirhams": "AED", "egyptian pound": "EGP",
    "turkish liras": "TRY", "czech korunas": "CZK", "polish zlotys": "PLN",
    "riel": "KHR", "riels": "KHR", "cambodian riel": "KHR", "kip": "LAK", "lao kip": "LAK", "som": "KGS",
}
# Readable names, for compound units ("dollar per barrel", "australian dollar per month").
UNIT_NAMES = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen", "CNY": "chinese yuan",
    "AUD": "australian dollar", "CAD": "canadian dollar", "HKD": "hong kong dollar", "NZD": "new zealand dollar",
    "SGD": "singapore dollar", "TWD": "new taiwan dollar", "INR": "rupee", "CHF": "swiss franc",
    "MXN": "mexican peso", "BRL": "brazilian real", "KRW": "south korean won", "RUB": "russian ruble",
    "ZAR": "south african rand", "ILS": "shekel", "MYR": "malaysian ringgit", "TRY": "turkish lira",
    "SEK": "swedish krona", "NOK": "norwegian krone", "DKK": "danish krone", "BTC": "bitcoin",
    "BDT": "taka", "VND": "vietnamese dong", "ETB": "birr", "GHS": "cedi", "AED": "uae dirham",
    "SAR": "saudi riyal", "QAR": "qatari riyal", "EGP": "egyptian pound", "NGN": "naira", "PHP": "philippine peso",
    "IDR": "indonesian rupiah", "THB": "thai baht", "PLN": "polish zloty", "PKR": "pakistani rupee",
    "KES": "kenyan shilling", "XOF": "west african cfa franc", "XAF": "central african cfa franc",
}


def rate_unit(unit: str, dimension: str, per: str) -> str:
    """The unit of an amount per something: "USD" per "barrel" -> "dollar per barrel"."""
    base = UNIT_NAMES.get(unit, unit.lower()) if dimension == "currency" else unit
    return f"{base} per {per}" if base else f"per {per}"  # ("5 per 100,000 residents")


# Amounts in minor units: value is divided by 100.
MINOR = {"cents", "cent", "pence", "p"}

# Which "$" is meant, from words in the text.
DOLLAR_CONTEXT = (
    (re.compile(r"\b(Australia|Australian|Sydney|Melbourne|Canberra|Brisbane|Perth|ASX)\b"), "AUD"),
    (re.compile(r"\b(Canada|Canadian|Toronto|Ottawa|Montreal|Vancouver|TSX)\b"), "CAD"),
    (re.compile(r"\b(New Zealand|Auckland|Wellington)\b"), "NZD"),
    (re.compile(r"\b(Hong Kong)\b"), "HKD"),
    (re.compile(r"\b(Singapore)\b"), "SGD"),
    (re.compile(r"\b(Taiwan|Taipei)\b"), "TWD"),
)

_prefix = sorted(SYMBOLS, key=len, reverse=True) + sorted(ISO_CODES, key=len, reverse=True)
# "C $9", "US $6.60": the country letters written apart from the "$"
_SPACED = (r"(?<![A-Za-z])(?:US|U\.S\.|C|CA|AU|NZ|S|HK|NT|R|MX) \$"  # not "A $": "A $1,000 reward"
           r"|\$ (?:US|AU|NZ|HK)(?=\d|$)")  # "$ US1 million": "$US" with a stray space
PREFIX_PATTERN = "(?:" + _SPACED + "|" + "|".join(re.escape(s) for s in _prefix) + ")"
_names = sorted((n for n in NAMES if n not in MINOR), key=len, reverse=True)
NAME_PATTERN = "(?:" + "|".join(re.escape(n) for n in _names) + ")"


def code_for_prefix(sym: str) -> str:
    s = sym.strip().replace(" $", "$").replace("$ ", "$")
    if s in SYMBOLS:
        return SYMBOLS[s]
    up = s.upper()
    return "CNY" if up == "RMB" else up


def code_for_name(name: str) -> str:
    return NAMES[" ".join(name.lower().split())]


_US_CONTEXT = re.compile(r"\b(?:United States|U\.S\.|US|USA|America|American|Americans|Washington|New York|Wall Street)\b")


def _in_dateline(pattern: re.Pattern, head_text: str) -> bool:
    """Whether the place opens the text among its first capitalised words ("SYDNEY (Reuters) -", "Sydney,
    Australia -"), not merely in its first line ("Trade between the mainland and Taiwan reached $179.6 billion")."""
    pos = len(head_text) - len(head_text.lstrip())
    for _ in range(4):
        if re.match(pattern.pattern, head_text[pos:], re.I):
            return True
        word = re.match(r"[A-Z][\w.'’-]*,?\s+", head_text[pos:])
        if word is None:
            return False
        pos += word.end()
    return False


def dollar_for(head_text: str) -> str:
    """The dollar a bare "$" means in an article: the country of its dateline ("SYDNEY (Reuters) -"), or the
    one its first paragraphs are about (named twice or more, and more often than the United States)."""
    us = len(_US_CONTEXT.findall(head_text))
    for pattern, code in DOLLAR_CONTEXT:
        if _in_dateline(pattern, head_text):
            return code
        n = len(pattern.findall(head_text))
        if n >= 2 and n > us:
            return code
    return "USD"
