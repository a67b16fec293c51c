"""Hand-checked readings of number forms news uses (sentences written for these tests)."""
import pytest


def facts(extractor, text):
    return [(f.surface, f.value, f.value_max, f.unit, f.approx, f.direction) for f in extractor(text)]


@pytest.mark.parametrize("text, want", [
    ("The 65-year-old driver was unhurt.", [("65-year-old", 65, None, "year of age", "=", None)]),
    ("A man aged 23 was arrested.", [("23", 23, None, "year of age", "=", None)]),
    ("Police arrested Jane Roe, 45, of Leeds.", [("45", 45, None, "year of age", "=", None)]),
    ("Cases rose in New York, 12, and Ohio, 4.", [("12", 12, None, "", "=", None), ("4", 4, None, "", "=", None)]),
    ("London's FTSE 100 gained 0.6 percent.", [("0.6 percent", 0.6, None, "percent", "=", "up")]),
    ("The Standard & Poor's 500 index fell 2.39 points.", [("2.39 points", 2.39, None, "point", "=", "down")]),
    ("Call +44 20 7946 0958 or (555) 123-4567 for details.", []),
    ("Q3 2016 results beat forecasts.", []),
    ("In the first nine months of this year, revenue exceeded $10.35 billion.",
     [("$10.35 billion", 10.35e9, None, "USD", ">", None)]),
    ("The town was evacuated three weeks ago.", []),
    ("The law covers more than two dozen projects.", [("two dozen projects", 24, None, "project", ">", None)]),
    ("It would see more than half a million firms pay more.", [("half a million firms", 5e5, None, "firm", ">", None)]),
    ("The bank left its rate at minus 0.1 percent.", [("minus 0.1 percent", -0.1, None, "percent", "=", None)]),
    ("Homes sell for $750,000 to $1 million.", [("$750,000 to $1 million", 7.5e5, 1e6, "USD", "=", None)]),
    ("Estimates ranged from $12 billion to $20 billion.", [("$12 billion to $20 billion", 12e9, 20e9, "USD", "=", None)]),
    ("Brent crude added 57 cents to $52.38.", [("57 cents", 0.57, None, "USD", "=", "up"), ("$52.38", 52.38, None, "USD", "=", None)]),
    ("Consumption grew fastest from 2012 to 2014 and between 1995 and 2000.", []),
    ("Revenues dropped by 0.8 percent in 2016 to 105.7 billion euros.",
     [("0.8 percent", 0.8, None, "percent", "=", "down"), ("105.7 billion euros", 105.7e9, None, "EUR", "=", None)]),
    ("The Fed raised rates by a quarter of a percentage point.",
     [("a quarter of a percentage point", 0.25, None, "percentage point", "=", "up")]),
    ("The tax was set up nearly 50 years ago to stop avoidance.", []),
    ("China bought 11 billion euros' worth, up a strong 12.0 percent.",
     [("11 billion euros", 11e9, None, "EUR", "=", None), ("12.0 percent", 12.0, None, "percent", "=", "up")]),
    ("The decision was approved with a 9-1 vote.", []),
    ("In the second half of the year growth will exceed 2%.", [("2%", 2, None, "percent", ">", None)]),
    # index names, model names and glued letters are not quantities; glued currency codes are
    ("The S&P 500 and the Nasdaq-100 were flat; the sp 500 index too.", []),
    ("The MC-21 jet uses a PD-14 engine; G20 leaders met.", []),
    ("Sales were EUR50m and RM3.06mil.", [("EUR50m", 50e6, None, "EUR", "=", None),
                                          ("RM3.06mil", 3.06e6, None, "MYR", "=", None)]),
    ("Gas is cooled to minus-160 degrees Celsius.", [("minus-160 degrees Celsius", -160, None, "celsius", "=", None)]),
    # glued symbols, squared units, currency symbols after the amount, decades, box scores, network generations
    ("The wall is 17m long and 17m people saw it.", [("17m", 17, None, "metre", "=", None),
                                                     ("17m people", 17e6, None, "people", "=", None)]),
    ("Each bar weighs 45g and the can holds 330ml.", [("45g", 45, None, "gram", "=", None),
                                                      ("330ml", 330, None, "millilitre", "=", None)]),
    ("The flat is 32m2 and rent is 1,200€ a month.", [("32m2", 32, None, "square metre", "=", None),
                                                       ("1,200€ a month", 1200, None, "euro per month", "=", None)]),
    ("Prices in the 1990s hit people in their 40s.", []),
    ("A 1,000cc engine at 3000 rpm in 38C heat.", [("1,000cc", 1000, None, "cubic centimetre", "=", None),
                                                    ("3000 rpm", 3000, None, "revolutions per minute", "=", None),
                                                    ("38C", 38, None, "celsius", "=", None)]),
    ("He ran for 120 yds and scored 30 pts.", [("120 yds", 120, None, "yard", "=", None),
                                               ("30 pts", 30, None, "point", "=", None)]),
    ("Flags flew at half-staff after a third-party review.", []),
    ("Buyers spent more than 3.15 billion worth of yuan.", [("3.15 billion", 3.15e9, None, "", ">", None)]),
    ("Call 020 7946 0958 about section 12(3), open 24/7 since 9/11.", []),
    ("It holds 3/4 of the market.", [("3/4", 0.75, None, "", "=", None)]),
    ("1. Exports rose 5%.\n2. Imports fell.", [("5%", 5, None, "percent", "=", "up")]),
    ("The airline grounded two new 737 Max jets; seas may rise by 2120.", [("two new 737 Max jets", 2, None, "jet", "=", None)]),
    ("The town has 1 200 000 people and 1.500.000 visitors.", [("1 200 000 people", 1.2e6, None, "people", "=", None),
                                                               ("1.500.000 visitors", 1.5e6, None, "visitor", "=", None)]),
    ("It shut for a day and a half; he served two and a half years.", [
        ("a day and a half", 1.5, None, "day", "=", None), ("two and a half years", 2.5, None, "year", "=", None)]),
    ("He bought 2 and a half million shares for 50 euro cents each.", [
        ("2 and a half million shares", 2.5e6, None, "share", "=", None), ("50 euro cents", 0.5, None, "EUR", "=", None)]),
    ("Insurers can charge older people up to three times more.", [("three times", 3, None, "times", "<=", None)]),
    ("Output rose fivefold, a 10-fold gain on a manifold.", [("fivefold", 5, None, "times", "=", "up"),
                                                             ("10-fold", 10, None, "times", "=", "up")]),
    ("She averaged 21.3 ppg and 8.4 rpg; he had 1.2 WAR.", [("21.3 ppg", 21.3, None, "point per game", "=", None),
                                                            ("8.4 rpg", 8.4, None, "rebound per game", "=", None),
                                                            ("1.2 WAR", 1.2, None, "win above replacement", "=", None)]),
    # a conversion in brackets carries the hedge; an average is exact; a negative temperature is a level
    ("The moths can fly more than 100 kilometers (60 miles).", [("100 kilometers", 100, None, "kilometre", ">", None),
                                                                ("60 miles", 60, None, "mile", ">", None)]),
    ("Fares will go up by an average of 12 euros.", [("12 euros", 12, None, "EUR", "=", "up")]),
    ("Nights there reach minus 40 degrees Celsius.", [("minus 40 degrees Celsius", -40, None, "celsius", "=", None)]),
    # a later figure completes an earlier one: a suspended hyphen, a partitive "of"
    ("It comes with a 7- or 8-inch screen.", [("7", 7, None, "inch", "=", None), ("8-inch", 8, None, "inch", "=", None)]),
    ("It has 35m of its smart speakers in homes.", [("35m of its smart speakers", 35e6, None, "speaker", "=", None)]),
    ("Stocks rose by 2 percent but Acme fell by 1.", [("2 percent", 2, None, "percent", "=", "up"),
                                                      ("1", 1, None, "percent", "=", "down")]),
    # bounds: "no more than" is an upper bound; "the lead up to" is not one
    ("They paid no less than $5 and not more than $9.", [("$5", 5, None, "USD", ">=", None), ("$9", 9, None, "USD", "<=", None)]),
    ("Sensex +0.3%.", [("+0.3%", 0.3, None, "percent", "=", "up")]),
    ("The startup raised $12 billion; the bank raised its offer by $2 billion.", [
        ("$12 billion", 12e9, None, "USD", "=", None), ("$2 billion", 2e9, None, "USD", "=", "up")]),
    ("It raised $12 billion ($21.6 billion) Yamal project funds.", [
        ("$12 billion", 12e9, None, "USD", "=", None), ("$21.6 billion", 21.6e9, None, "USD", "=", None)]),
    ("The balance fell to $-50.8bn in April.", [("$-50.8bn", -50.8e9, None, "USD", "=", None)]),
    ("It added to gains from the previous two sessions.", [("two sessions", 2, None, "session", "=", None)]),
    ("Deliveries fell short of estimates of 64,900 cars.", [("64,900 cars", 64900, None, "car", "=", None)]),
    ("Sales topped $5 billion, on top of a 5 per cent fee.", [("$5 billion", 5e9, None, "USD", ">", None),
                                                              ("5 per cent", 5, None, "percent", "=", None)]),
    ("Networks changed in the lead up to 4G.", [("4G", 4, None, "generation wireless", "=", None)]),
    # a bare number compared with a figure that has a unit shares it
    ("Mileage rose from 21 mpg in 2008 to 25 in 2020.", [("21 mpg", 21, None, "mile per gallon", "=", None),
                                                         ("25", 25, None, "mile per gallon", "=", None)]),
    ("The top estimate is 84.75 cents, while the lowest is 74.07.", [("84.75 cents", 0.8475, None, "USD", "=", None),
                                                                    ("74.07", 0.7407, None, "USD", "=", None)]),
    ("About 460 cars were stolen, compared with 63 last year.", [("460 cars", 460, None, "car", "~", None),
                                                                  ("63", 63, None, "car", "=", None)]),
    ("Sales hit 3.9 million headsets, up from 2.4 million in 2017.", [
        ("3.9 million headsets", 3.9e6, None, "headset", "=", None), ("2.4 million", 2.4e6, None, "headset", "=", None)]),
    ("Shares rose 3% to 150 on Monday.", [("3%", 3, None, "percent", "=", "up"), ("150", 150, None, "", "=", None)]),
    ("It wants 30 gigawatts by 2030, equal to about 20 large coal plants.", [
        ("30 gigawatts", 30, None, "gigawatt", "=", None), ("20 large coal plants", 20, None, "plant", "~", None)]),
    ("Gas costs $3 a gallon, compared with $2.50 last year.", [("$3 a gallon", 3, None, "dollar per gallon", "=", None),
                                                               ("$2.50", 2.5, None, "dollar per gallon", "=", None)]),
    ("The gold contract was up $31.20 US.", [("$31.20 US", 31.2, None, "USD", "=", "up")]),
    ("It will cost 2 or 3 billion euros.", [("2", 2e9, None, "EUR", "=", None),
                                            ("3 billion euros", 3e9, None, "EUR", "=", None)]),
    ("Lunch costs eight or nine euros, for 7 or 8 inches of pizza.", [
        ("eight", 8, None, "EUR", "=", None), ("nine euros", 9, None, "EUR", "=", None),
        ("7", 7, None, "inch", "=", None), ("8 inches", 8, None, "inch", "=", None)]),
    ("The EU achieved a new all-time record of 130.7 billion euros.", [("130.7 billion euros", 130.7e9, None, "EUR", "=", None)]),
    # "by X to Y unit": a range of the change
    ("Output was cut by 2 to 3 million barrels.", [("2 to 3 million barrels", 2e6, 3e6, "barrel", "=", "down")]),
    ("Carriers are moving from 4G to 5G.", [("4G", 4, None, "generation wireless", "=", None),
                                            ("5G", 5, None, "generation wireless", "=", None)]),
    ("Demand for sub-400 sq m offices surged.", [("400 sq m", 400, None, "square metre", "<", None)]),
    ("Her now-14 month-old son slept.", [("14 month-old", 14, None, "month of age", "=", None)]),
    ("One fourth of voters stayed home.", [("One fourth", 0.25, None, "", "=", None)]),
    ("There are nine thousand four hundred and six students.",
     [("nine thousand four hundred and six students", 9406, None, "student", "=", None)]),
    ("The car has a 1.5-liter three-cylinder engine with 180bhp.",
     [("1.5-liter", 1.5, None, "litre", "=", None), ("three-cylinder", 3, None, "cylinder", "=", None),
      ("180bhp", 180, None, "brake horsepower", "=", None)]),
    ("China ended its one-child policy; the Five-Year Plan starts.", []),
    # orders of magnitude: the range [N, 10N), approximate
    ("The repairs may cost tens of millions of dollars.",
     [("tens of millions of dollars", 1e7, 1e8, "USD", "~", None)]),
    ("Ash rose hundreds of miles into the sky.", [("hundreds of miles", 100, 1000, "mile", "~", "up")]),
    ("Yields fell to 1.2pc.", [("1.2pc", 1.2, None, "percent", "=", None)]),
    # rates: an amount per something is not an amount
    ("Brent settled at $61.20 a barrel.", [("$61.20 a barrel", 61.2, None, "dollar per barrel", "=", None)]),
    ("The plan costs A$12.99 per month.", [("A$12.99 per month", 12.99, None, "australian dollar per month", "=", None)]),
    ("OPEC will cut output by 400,000 barrels per day.",
     [("400,000 barrels per day", 4e5, None, "barrel per day", "=", "down")]),
    ("Prices rose 3% a year.", [("3%", 3, None, "percent", "=", "up")]),
    # an equivalent after "or" is the same movement; a hedge between verb and number keeps the direction
    ("Futures were up 0.35 points, or 0.02%.", [("0.35 points", 0.35, None, "point", "=", "up"),
                                                ("0.02%", 0.02, None, "percent", "=", "up")]),
    ("Zeta rose under 4%.", [("4%", 4, None, "percent", "<", "up")]),
    ("Holders get C $7 (US $5.20) per share.", [("C $7", 7, None, "canadian dollar per share", "=", None),
                                                    ("US $5.20", 5.2, None, "dollar per share", "=", None)]),
])
def test_number_forms(extractor, text, want):
    assert facts(extractor, text) == want


@pytest.mark.parametrize("text, surface, subject", [
    # whose rate, whose tax: a named clause subject is kept with the measured noun
    ("The US Federal Reserve has raised its benchmark interest rate by 0.25%.", "0.25%",
     "US Federal Reserve benchmark interest rate"),
    ("Mr Smith paid $5.3m in federal income tax.", "$5.3m", "Mr Smith federal income tax"),
    ("Portugal can borrow at an interest rate of 2.4pc for ten years.", "2.4pc", "Portugal interest rate"),
    ("The tanker will be 31 metres in length.", "31 metres", "tanker"),
    ("Dozens of other Acme investors could become millionaires.", "Dozens of other Acme investors",
     "other Acme investors"),
    ("Output rose from 12-15 mpg to 22 after 40min of tuning.", "12-15 mpg", "Output"),
    ("Acme Corp will cut 1,200 jobs this year.", "1,200 jobs", "Acme Corp jobs"),
    ("Top scorers: F Jane Roe (21.3 ppg, 8.4 rpg), G Ann Lee (11.2 ppg).", "8.4 rpg", "F Jane Roe"),
    ("In Asia: Nikkei -0.8% Kospi -1.1% Sensex +0.3%.", "-1.1%", "Kospi"),
    ("In Asia: Nikkei -0.8% Kospi -1.1% Sensex +0.3%.", "+0.3%", "Sensex"),
    ("In Europe: Stoxx 50 -1.3% FTSE -0.6% CAC -1.7%.", "-1.3%", "Stoxx 50"),
    ("In Europe: Stoxx 50 -1.3% FTSE -0.6% CAC -1.7%.", "-0.6%", "FTSE"),
    ("Holders get C $7 (US $5.20) per share in cash.", "C $7", "Holders"),
    ("Officials expect economic growth of 2.1% this year.", "2.1%", "economic growth"),
    ("The plant will produce 12.3m tonnes of jet fuel a year.", "12.3m tonnes", "jet fuel"),
    ("Its shares are held by 60% of the Fortune 100.", "60%", "Fortune 100"),
    # whose count: the clause subject, through "said it would" and "announced plans to"
    ("The retailer said it would close 120 stores.", "120 stores", "retailer stores"),
    ("Acme on Monday announced plans to lay off more than 2,000 workers.", "2,000 workers", "Acme workers"),
    # a named possessor stays; the number of a hyphenated name stays; a priced noun is what the price is of
    ("Germany's economy grew 1.2% last year.", "1.2%", "Germany's economy"),
    ("The yield on the 10-year Treasury rose to 2.41 percent.", "2.41 percent", "yield on 10-year Treasury"),
    ("That $99.99 price point makes the phone a bargain.", "$99.99", "price point"),
    ("The cruise operator gained 2.2% in the premarket.", "2.2%", "cruise operator"),
    # a name set off by a dash at the start of a market report; a pronoun whose name is earlier in the sentence
    ("Bolt Motors - The carmaker slid 0.8% after a recall.", "0.8%", "Bolt Motors carmaker"),
    ("Meanwhile, Jane Roe uses her account, where she has more than 80 million followers.",
     "80 million followers", "Jane Roe followers"),
    # "with X up N", a subject the parser hung on the figure before, a share "of GDP" is not about GDP
    ("Stocks jumped, with the Dow Jones Industrial Average up 112 points.", "112 points", "Dow Jones Industrial Average"),
    ("Tokyo's Nikkei added 1.1 percent to 24,288.28 and Seoul's Kospi rose 0.8 percent to 2,150.08.", "0.8 percent",
     "Seoul's Kospi"),
    ("The country will spend 2% of GDP on defence.", "2%", "country spending"),
    ("Acme holds 20 percent and the Silk Road Fund, 9.9 percent.", "9.9 percent", "Silk Road Fund"),
    # a phrase that says when is not part of what; "at" a named place is
    ("The GDP growth outlook for the year is 0.6%.", "0.6%", "GDP growth outlook"),
    ("Passenger growth at Barcelona's El-Prat Airport was 11.2% last year.", "11.2%",
     "Passenger growth at Barcelona's El-Prat Airport"),
    # a count that describes a noun is about that noun; a price paid "for" something is about it
    ("The standard 2.4-liter four-cylinder engine has adequate power.", "four-cylinder", "standard engine"),
    ("In 2019, I paid $35,538 for an 8.5 kW system.", "$35,538", "system"),
    ("The effect was seen with carbon levels at 1,200 parts per million.", "1,200 parts per million", "carbon levels"),
    ("Acme delivered 63,000 sedans and 27,000 trucks.", "63,000 sedans", "Acme sedans"),
    ("There was a 60 basis point gain in gross margins to 64 per cent.", "64 per cent", "gain in gross margins"),
    ("the sp 500 was down 2.1% and nasdaq fell 2.5%.", "2.1%", "sp 500"),
    ("The list is led by two brothers with a net worth of 1.356 billion pounds.", "1.356 billion pounds", "net worth"),
    ("It reported a 10% drop in profit for the year.", "10%", "profit"),
    ("Exports saw a 5% rise in March.", "5%", "Exports"),
    # the next item of the same list ("... and $9.99 a month") is about the same thing; so is "(or ...)"
    ("The service costs $8.99 a month (or $89.99 a year) and $9.99 a month in Canada.", "$9.99 a month", "service"),
    ("The service costs $8.99 a month (or $89.99 a year) and $9.99 a month in Canada.", "$89.99 a year", "service"),
    ("The debris field stretched for miles, but most landed in shallow water, just 47 feet deep.", "47 feet", "debris field"),
    ("About 460 cars were stolen this year, compared with 63 last year.", "63", "cars"),
    ("The EU achieved a new all-time record of 130.7 billion euros ($138.4 billion) in 'agri-food exports'.",
     "130.7 billion euros", "EU agri-food exports"),
    # money that is the subject of "allocated for", "used to fund", "go to" is about what it is for
    ("In addition, 1.6 billion rubles ($28.1 mln) will be allocated for the development of a database.",
     "1.6 billion rubles", "development of database"),
    ("In addition, 1.6 billion rubles ($28.1 mln) will be allocated for the development of a database.",
     "$28.1 mln", "development of database"),
    ("Another $1.9 billion would be used to build new schools.", "$1.9 billion", "new schools"),
    ("Russia will spend 900 mln rubles ($15.8 mln) on promotion of its brand.", "900 mln rubles",
     "Russia promotion of brand"),
    ("An estimated 3.5 million people were displaced.", "3.5 million people", "people displaced"),
    ("That will make the new model around 25k or 40k cheaper than its rivals.", "40k", "new model"),
    # what happened to counted people tells counts apart
    ("At least 48 people were killed and more than 50 people injured.", "48 people", "people killed"),
    ("At least 48 people were killed and more than 50 people injured.", "50 people", "people injured"),
    ("About 6.3 million people displaced by the war need help.", "6.3 million people", "people displaced"),
    ("Two companies agreed to the deal.", "Two companies", "companies"),
    # a clause whose verb is left out (gapping) names its own figure
    ("Imports rose 5% and exports 7% in March.", "5%", "Imports"),
    ("Imports rose 5% and exports 7% in March.", "7%", "exports"),
    ("Rent should rise between 2% and 3%, and water and power bills between 4% and 6%.", "4% and 6%",
     "water and power bills"),
])
def test_subjects(extractor, text, surface, subject):
    got = {f.surface: f.subject for f in extractor(text)}
    assert got[surface] == subject


def test_an_equivalent_in_brackets_shares_the_subject(extractor):
    fs = extractor("Japan's exports to China reached 12 trillion yen ($105 billion) in 2016.")
    assert [f.surface for f in fs] == ["12 trillion yen", "$105 billion"]
    assert fs[0].subject == fs[1].subject != ""


def test_a_gapped_clause_keeps_the_movement(extractor):
    fs = {f.surface: f for f in extractor("Imports rose 5% and exports 7% in March; rents are set to climb between 2% and 3%.")}
    assert fs["7%"].direction == "up" and fs["7%"].kind == "growth"
    assert fs["2% and 3%"].direction == "up"


def test_a_pronoun_subject_is_carried_from_the_previous_sentence(extractor):
    fs = extractor("Travel services grew fastest last year.\n\nThey rose 38 percent to 1.2 trillion yuan.")
    assert [(f.surface, f.subject) for f in fs] == [("38 percent", "Travel services"),
                                                    ("1.2 trillion yuan", "Travel services")]
    # reported speech: what was said is about the prices, not the minister
    fs = extractor("Food prices rose sharply in March, the minister said. They are up 12% this year.")
    assert [(f.surface, f.subject) for f in fs] == [("12%", "Food prices")]


def test_a_subject_is_never_only_a_time(extractor):
    fs = extractor("Officials expect growth of 2.1% this year and next year before slipping to 1.9% in 2019.")
    assert [f.surface for f in fs] == ["2.1%", "1.9%"]
    assert all(f.subject not in ("next year", "this year", "") for f in fs), [f.subject for f in fs]


def test_respectively_pairs_names_with_figures_in_order(extractor):
    fs = extractor("China and the US have 609 and 552 billionaires respectively.")
    assert [(f.value, f.subject) for f in fs] == [(609, "China"), (552, "US")]
    fs = extractor("Sales and profits were 2.2 billion shekels ($590 million) and 71 million, respectively.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(2.2e9, "ILS", "Sales"), (590e6, "USD", "Sales"),
                                                           (71e6, "ILS", "profits")]


def test_a_subject_has_no_line_breaks(extractor):
    fs = extractor("OPEC agreed to cut output\nwithin six months, the\ngroup said.")
    assert fs and all("\n" not in f.subject and f.subject == f.subject.strip() for f in fs), [f.subject for f in fs]

