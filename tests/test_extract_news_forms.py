"""More hand-checked readings of number forms news uses (sentences written for these tests); the first
set is in test_extract_forms.py, which had grown past what one sitting reads."""
import pytest


@pytest.mark.parametrize("text, want", [
    ("He was in the country from 3 to 8 March.", []),
    ("Talks were held on 2 and 3 May in Vienna.", []),
    ("Between 20 and 25 people came in May.", [(20, 25, "people")]),  # control: a count in a month
])
def test_a_day_range_before_its_month_is_a_date(extractor, text, want):
    assert [(f.value, f.value_max, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Villagers cut open the 20 foot-python.", [(20, None)]),
    ("The firm will cut 500 jobs.", [(500, "down")]),  # control: a cut
])
def test_cut_open_is_no_fall(extractor, text, want):
    assert [(f.value, f.direction) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Prosecutors focused on his ties with Park, 65, accusing the group of bribery.", [(65, "year of age", "Park")]),
    ("Sales rose in Leeds, 12, accusing nobody.", [(12, "", "Leeds")]),  # control: no determiner after the -ing verb
])
def test_a_surname_then_a_number_then_a_participle_clause_is_an_age(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The toll could reach a billion by the end of the century.", [(1e9, "toll")]),
    ("Some 100,000 people face starvation, with a million more at risk.",
     [(100000, "people face starvation"), (1e6, "people face starvation")]),
    ("The odds are one in a million.", []),  # a set phrase
    ("Thanks a million, she said.", []),
    ("Bon Iver released 22, A Million last year.", [(22, "Bon Iver")]),  # an album's title
])
def test_a_bare_a_million_is_a_number(extractor, text, want):
    assert [(f.value, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("This brought whole-year GDP growth to 6.7 percent.", [(6.7, "whole-year GDP growth", "growth", "up")]),
    ("It pushed the company's market share to 20 percent.", [(20, "company's market share", "level", None)]),
    ("The index continued its climb to 66.6 percent.", [(66.6, "index", "level", None)]),  # control: a level reached
])
def test_a_figure_a_verb_sets_its_object_to_is_about_that_object(extractor, text, want):
    assert [(f.value, f.subject, f.kind, f.direction) for f in extractor(text)] == want


def test_a_percent_before_the_level_is_not_the_levels_subject(extractor):
    fs = extractor("The S&P 500 gained 0.68 per cent to 3,005.47.")
    assert [(f.value, f.subject) for f in fs] == [(0.68, "S&P 500"), (3005.47, "S&P 500")]


@pytest.mark.parametrize("text, want", [
    ("A gunman opened fire, killing three and injuring several others.", [(3, "people", "people killed")]),
    ("The attack left three dead and over two million displaced.",
     [(3, "people", "people dead"), (2e6, "people", "people displaced")]),
    ("With tens of thousands killed, the war went on.", [(1e4, "people", "people killed")]),
    ("He killed one of them.", []),  # control: a pronoun
])
def test_a_number_in_words_counts_the_people_harmed(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The regime hanged 130 in a notorious prison.", [(130, "people", "people hanged")]),
    ("The government hopes to deport hundreds of thousands next year.", [(1e5, "people", "people deported")]),
    ("They hung 20 paintings.", [(20, "painting", "paintings")]),  # control: a counted noun
])
def test_a_bare_number_executed_or_deported_counts_people(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Merkel welcomed refugees, including 1 million in 2015 alone.", [(1e6, "refugee")]),
    ("Thousands of people fled, including 300 in Leeds.", [(1000, "people"), (300, "people")]),
    ("Profit rose, including 5 in Asia.", [(5, "")]),  # control: no plural noun to be part of
])
def test_a_bare_number_after_including_is_part_of_the_plural_noun(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Receipts fell to $7.3 billion; the average from 2005 to 2010 had been $14.7 billion.",
     [(7.3e9, None), (14.7e9, "2005-2010")]),
    ("It approved 227 projects valued at $247 billion (229.7 billion euros; 198.1 billion pounds) in 2016.",
     [(227, "2016"), (247e9, "2016"), (229.7e9, "2016"), (198.1e9, "2016")]),  # control: a semicolon in brackets
])
def test_a_period_after_a_semicolon_is_the_next_clauses(extractor, text, want):
    assert [(f.value, f.period) for f in extractor(text)] == want


def test_us_dollars_with_a_hyphen_is_money(extractor):
    fs = extractor("The debt to Boeing was 330 million US-dollars.")
    assert [(f.value, f.unit, f.subject) for f in fs] == [(330e6, "USD", "debt")]


@pytest.mark.parametrize("text, want", [
    ("Tens of thousands marched through the capital.", [(1e4, 1e5, "people", "people marched")]),
    ("Hundreds protested outside the court.", [(100, 1000, "people", "people protested")]),
    ("Dozens were killed and hundreds more were injured.",
     [(12, 120, "people", "people killed"), (100, 1000, "people", "people injured")]),
    ("The bombing also left dozens wounded, officials said.", [(12, 120, "people", "people wounded")]),
    ("At least 40 fled the fighting.", [(40, None, "people", "people fled")]),
    ("Hundreds more were sold last week.", []),  # control: a pronoun of anything
    ("Of the 500 stocks, 300 rallied.", [(500, None, "stock", "stocks"), (300, None, "stock", "stocks")]),  # control
])
def test_a_bare_count_of_those_who_marched_died_or_were_hurt_counts_people(extractor, text, want):
    assert [(f.value, f.value_max, f.unit, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Lawmakers approved a one percentage point increase on the sales tax.", [(1, "sales tax")]),
    ("Shares posted a 2% rise on the back of strong demand.", [(2, "Shares")]),  # control: why, not what
])
def test_a_change_on_a_noun_is_about_that_noun(extractor, text, want):
    assert [(f.value, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Of the 186 sanctions handed out across 22 sports, 46% went to rugby players.",
     [(186, "level", "sanctions"), (22, "level", "sports"), (46, "share", "sanctions")]),
    ("Among voters under 30, 60% backed him.", [(30, "level", "voters"), (60, "share", "voters")]),
    ("Of this, 40% came from Asia.", [(40, "level", "")]),  # control: no plural noun named
])
def test_a_percentage_after_an_opening_of_the_whole_is_a_share_of_it(extractor, text, want):
    assert [(f.value, f.kind, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The room is 5m by 4m.", [(5, "metre"), (4, "metre")]),
    ("Revenue rose to 5m by 2020.", [(5e6, "")]),  # control: millions, and "by" a year
])
def test_m_by_m_is_metres(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Houses collapsed in the district, some 320km from the provincial capital Banda Aceh.", [(320, None)]),
    ("The river fell 2 metres from its peak.", [(2, "down")]),  # control: a fall measured from a level
])
def test_a_distance_from_a_place_after_a_comma_is_where_not_a_fall(extractor, text, want):
    assert [(f.value, f.direction) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("In the square, where 10,000 gathered for a rally, police fired tear gas.", [(10000, "people")]),
    ("About 5,000 attended the vigil.", [(5000, "people")]),
])
def test_a_bare_number_that_gathered_or_attended_counts_people(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("In iOS 6, you can ask for scores.", []),
    ("The flaws are in IE 7 and Internet Explorer 5.01.", []),
    ("It also has a USB 2 / USB 3 port.", []),
    ("The laptop has two USB 3 ports.", [(2, "port")]),  # the count before the version stays
    ("He broke windows 3 times.", [(3, "times")]),  # control: a plain noun
    ("Android has an 80 percent share.", [(80, "percent")]),  # control: a share, not a version
])
def test_a_number_after_a_product_name_is_its_version(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text", [
    "http: / / www. odt. co. nz / news / national / 273204 / second-climber-dies",
    "nz / news / national / 273204 / second-climber-dies-mt-cook",  # (as the sentence splitter leaves it)
    "http: / / www. example. com / news _ item. php? newsID=30873",
])
def test_numbers_in_spaced_out_web_addresses_are_not_quantities(extractor, text):
    assert extractor(text) == []


def test_an_age_followed_by_and_from_a_place(extractor):
    fs = extractor("Kathryn Jenkin, 20 and from Aberdare, and her mother, 58, were found.")
    assert [(f.value, f.unit, f.subject) for f in fs][0] == (20, "year of age", "Kathryn Jenkin")


@pytest.mark.parametrize("text, want", [
    ("The murder rate was 5 per 100,000 residents.", [(5, "per 100,000 residents", "murder rate")]),
    ("There were 4.5 deaths per 1,000 live births.", [(4.5, "death per 1,000 live births", "deaths")]),
    ("The rate fell to 201 per million people, from 300 per million in 2010.",
     [(201, "per million people", "rate"), (300, "per million people", "rate")]),
    ("It pays $5 per 1,000 words.", [(5, "dollar per 1,000 words", "")]),
])
def test_a_figure_per_a_round_base_is_one_rate(extractor, text, want):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Shares are down 62% from their peak in June 2013.", [(62, None)]),
    ("$5bn came from sales in 2012.", [(5e9, "2012")]),  # control: not a level named after "from"
])
def test_a_period_after_from_a_named_peak_is_the_peaks(extractor, text, want):
    assert [(f.value, f.period) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("It formed a coalition with 79 African, Caribbean, and Pacific countries.", [(79, "country")]),
    ("Some 40 people, 12 in London, were hurt.", [(40, "people"), (12, "people")]),  # control: a part, then a place
])
def test_a_count_before_a_list_of_adjectives_counts_their_noun(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("It had a calm year, with growth stabilizing at 6.7 percent.", [(6.7, "growth", "up")]),
    ("Inflation held at 2 percent.", [(2, "level", None)]),  # control: a level, not a growth rate
])
def test_growth_that_settles_at_a_rate_is_a_growth_rate(extractor, text, want):
    assert [(f.value, f.kind, f.direction) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Exports will grow 8 percent, compared with the 6 percent contraction in goods and services sold overseas "
     "by Chinese firms in 2016.",
     [(8, None), (6, "2016")]),
    ("Shares fell 4 percent, wiping more than $340 million off the value of guidance for 2019.",
     [(4, "2019"), (340e6, "2019")]),  # control: "more than" is a hedge, not a comparison
])
def test_a_period_after_a_long_comparison_is_the_bases(extractor, text, want):
    assert [(f.value, f.period) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("A climber died after falling about 60 metres (200 feet) from a ridge.", [(60, None), (200, None)]),
    ("The river fell 2 metres from its peak.", [(2, "down")]),  # control: a level that fell
])
def test_a_distance_fallen_from_a_place_is_no_decrease(extractor, text, want):
    assert [(f.value, f.direction) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("They were within 80m of the summit when he slipped.", [(80, "metre")]),
    ("Revenue was within $80m of the target.", [(80e6, "USD")]),  # control: money
])
def test_within_n_m_of_a_place_is_metres(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


def test_the_first_of_two_word_numbers_of_years_ago_is_a_time(extractor):
    assert extractor("She had moved away five or six years ago.") == []


@pytest.mark.parametrize("text, want", [
    ("It had 1.1 million migrants in 2012, compared with 160,000 in 1996, adding that 90 percent were men.",
     [(1.1e6, "2012"), (160000, "1996"), (90, None)]),
    ("Sales rose 60% in 2018 to 3.9 million headsets, up from 2.4 million in 2017.",
     [(60, "2018"), (3.9e6, "2018"), (2.4e6, "2017")]),  # control: the level reached in the same year
])
def test_a_period_right_after_a_figure_is_not_the_next_clauses(extractor, text, want):
    assert [(f.value, f.period) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The state will launch two satellites under a five-year plan.", [(2, "="), (5, "=")]),
    ("He signed under a 10-year contract with the club.", [(10, "=")]),
    ("Under a million people voted in the election.", [(1e6, "<")]),  # control: the figure is "a million"
    ("Prices stayed under 5% all year.", [(5, "<")]),  # control: a cap
])
def test_under_a_figure_that_sizes_a_noun_is_no_cap(extractor, text, want):
    assert [(f.value, f.approx) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The mayor proposed $5 million for the city's parks.", [(5e6, "city's parks")]),
    ("The council approved $2 billion for flood defences.", [(2e9, "flood defences")]),
    ("The hospital is seeking $30 million for a new wing.", [(30e6, "new wing")]),
])
def test_money_proposed_or_granted_for_something_is_about_it(extractor, text, want):
    assert [(f.value, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Enrolments for nursing courses are up this year by 4%.", [(4, "up", "growth")]),
    ("Sales of the model fell last month by 12%.", [(12, "down", "growth")]),  # (the parse already linked this one)
    ("Enrolments this year are 4% of the total.", [(4, None, "share")]),  # control: no movement
])
def test_a_time_between_a_movement_and_its_size(extractor, text, want):
    assert [(f.value, f.direction, f.kind) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("He took the team to the finals before a six-game loss to Boston.", [(6, "game", None)]),
    ("The club lost two games in April.", [(2, "game", None)]),
    ("The index suffered a 10-point loss on Friday.", [(10, "point", "down")]),  # control: a fall in points
    ("The party could lose two seats.", [(2, "seat", "down")]),  # control: seats lost are fewer seats
])
def test_games_lost_are_defeats_not_a_fall(extractor, text, want):
    assert [(f.value, f.unit, f.direction) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Few Italians blame Rome: only 21% think graft has grown since the election.", [(21, "")]),
    ("In the poll, 45% support the plan.", [(45, "")]),  # control: the parse already reads the verb
    ("The Greens have gone from 3 percent support to 11 in the polls.", [(3, "Greens support"), (11, "Greens")]),
])
def test_a_share_that_thinks_is_of_the_people_asked(extractor, text, want):
    assert [(f.value, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("On one hand, the cuts have worked.", []),
    ("The debt was paid off in one go.", []),
    ("One hand was broken in the fall.", [(1, "hand")]),  # control: a count of hands
])
def test_on_one_hand_and_in_one_go_are_set_phrases(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The band formed in the early nineteen seventies.", []),
    ("Prices fell in the nineteen-eighties.", []),
    ("Twenty fifties were in the till.", [(20, "fifty")]),  # control: banknotes
])
def test_a_decade_in_words_is_a_date(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The app lets you view the city in 3-D.", []),
    ("She made a 2-D sketch of the site.", []),
    ("The shop sold 3 D-rings.", [(3, "ring")]),  # control: a count of things whose name starts with D
])
def test_three_d_is_a_format(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Two new, tiny babies arrived at the zoo.", [(2, "baby")]),
    ("Police found 40 people, 12 in London.", [(40, "people"), (12, "people")]),  # control: a comma after the noun
])
def test_coordinate_adjectives_between_a_count_and_its_noun(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Almost two-thirds of the combined 3.1M digital and physical sales of the album came from older fans.",
     [(2 / 3, ""), (3.1e6, "sale")]),  # parsed with "digital" as the count's head and "sales" as its head
    ("The dealer sold 900 new and used cars last year.", [(900, "car")]),  # "and used" is no new clause
    ("Police found 12 men and killed two.", [(12, "man"), (2, "man")]),  # control: "and killed" is one
])
def test_coordinated_adjectives_the_parse_made_the_head(extractor, text, want):
    assert [(pytest.approx(f.value), f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The militia took over four ports in May.", [(4, "=")]),
    ("Rebels have taken over three towns.", [(3, "=")]),
    ("The rebels handed over 300 weapons.", [(300, "=")]),  # (the scan's hedge pattern already skipped this one)
    ("It took over 20 years to build the bridge.", [(20, ">")]),  # control: a span of time
    ("The centre took over 5,000 calls.", [(5000, ">")]),  # control: the parse reads "over 5,000"
])
def test_took_over_is_a_phrasal_verb_not_more_than(extractor, text, want):
    assert [(f.value, f.approx) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The jazz singer Ann Lee has died in Chicago, aged 91.", [(91, "jazz singer Ann Lee")]),
    ("The poet died in hospital, aged 85.", [(85, "poet")]),
    ("Police found two boys in the flat, aged 9 and 11.",
     [(2, "Police boys in flat"), (9, "boys in flat"), (11, "boys in flat")]),  # control: the ages are the boys', not the police's
    ("Two sisters, aged 12 and 15, were rescued.", [(2, "sisters rescued"), (12, "sisters"), (15, "sisters")]),  # control
])
def test_aged_after_a_place_is_the_age_of_who_the_clause_is_about(extractor, text, want):
    assert [(f.value, f.subject) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("In May, a 3.4 quake struck near the town.", [(3.4, "magnitude")]),
    ("A 5.8 earthquake shook the capital.", [(5.8, "magnitude")]),
    ("Two quakes struck the coast.", [(2, "quake")]),  # control: a count of quakes
])
def test_a_decimal_before_quake_is_its_magnitude(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


def test_a_gang_name_the_tagger_reads_as_a_number_does_not_hide_the_count(extractor):
    facts = extractor("Last year, six MS-13 gang members were jailed.")
    assert [(f.value, f.unit) for f in facts] == [(6, "member")]


@pytest.mark.parametrize("text, want", [
    ("Overseas investments must not exceed 15 percent of assets.", [(15, "<=")]),
    ("Out-of-pocket costs can't exceed $7,000 a year.", [(7000, "<=")]),
    ("He faces a jail term not exceeding 14 years.", [(14, "<=")]),
    ("Sales exceeded 15 percent of the total.", [(15, ">")]),  # control
])
def test_not_exceed_is_a_cap(extractor, text, want):
    assert [(f.value, f.approx) for f in extractor(text)] == want


def test_money_proposed_for_something_after_a_bracketed_conversion(extractor):
    facts = extractor("The mayor had proposed $1.5bn (£1.2bn) for the new bridge.")
    assert [(f.value, f.unit, f.subject) for f in facts] == [(1.5e9, "USD", "new bridge"), (1.2e9, "GBP", "new bridge")]


@pytest.mark.parametrize("text, want", [
    ("Growth was revised up 0.3 of a percentage point.", [(0.3, "percentage point")]),
    ("Rates rose a quarter of a percentage point.", [(0.25, "percentage point")]),  # control: in words
])
def test_a_decimal_of_a_percentage_point(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Exercise lowers the odds of dying from heart disease by 25 percent.", [(25, "down", "growth")]),
    ("The pill cut the chance of being admitted to hospital by 40%.", [(40, "down", "growth")]),
    ("The scheme raised the number of people getting jobs by 12 percent.", [(12, "up", "growth")]),
    ("That helped lower the number of uninsured people in the state by more than 50 percent.",
     [(50, "down", "growth")]),  # "by" hung on "helped", the verb that governs the fall
    ("Turnout was high, with the motion backed by 60 percent of voters.", [(60, None, "share")]),  # control
])
def test_a_percentage_by_hung_on_a_verb_inside_what_changed(extractor, text, want):
    assert [(f.value, f.direction, f.kind) for f in extractor(text)] == want


def test_the_subject_of_a_change_whose_by_the_parse_hung_on_another_verb(extractor):
    (fact,) = extractor("That helped lower the number of uninsured people in the state by more than 50 percent.")
    assert fact.subject == "number of uninsured people in state"


@pytest.mark.parametrize("text, want", [
    ("The yuan depreciated by 1.7 percent against the dollar in November.", [(1.7, "down")]),
    ("Beijing devalued the yuan by 2 percent in 2015.", [(2, "down")]),
])
def test_a_currency_that_depreciates_falls(extractor, text, want):
    assert [(f.value, f.direction) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("The budget expands incentives for school choice by $1.4 billion.", [(1.4e9, "up", "change")]),
    ("The plan cuts the deficit by $1 trillion.", [(1e12, "down", "change")]),
])
def test_a_by_the_parse_hung_on_the_object_of_a_change(extractor, text, want):
    assert [(f.value, f.direction, f.kind) for f in extractor(text)] == want


@pytest.mark.parametrize("text, want", [
    ("Audi's sales revenue exceeded the previous year's figure by 900 million euros.",
     [(9e8, "up", "change", "Audi's sales revenue")]),
    ("The firm missed its target by 2 percentage points.", [(2, "down", "change", "firm")]),
    ("Sales exceeded $5 billion.", [(5e9, None, "level", "Sales")]),  # control: a level passed, no "by"
])
def test_by_after_exceed_or_miss_is_a_difference(extractor, text, want):
    assert [(f.value, f.direction, f.kind, f.subject) for f in extractor(text)] == want


def test_a_bare_scale_parsed_as_a_second_object_is_not_what_a_percentage_measures(extractor):
    facts = extractor("Global investments into oil exploration and production will surge 11% year-on-year to "
                      "$25 bln in 2017, UK-based Wood Mackenzie said.")  # ("$25 bln" parsed as the object of "surge")
    assert [(f.value, f.subject) for f in facts] == [(11, "Global investments"), (25e9, "Global investments")]


def test_a_subject_the_parse_hung_as_an_apposition_of_the_source(extractor):
    facts = extractor("According to Japan's Cabinet Office, the country's gross domestic product (GDP) expanded "
                      "one percent in 2016, after four quarters of growth.")
    assert [(f.value, f.direction, f.subject) for f in facts][0] == (1, "up", "country's gross domestic product")


def test_a_cut_parsed_as_a_participle_still_names_what_was_cut(extractor):
    (fact,) = extractor("Trump's administration on Thursday proposed a 31 percent cut to the Environmental "
                        "Protection Agency's budget as the White House seeks to eliminate programs.")
    assert (fact.value, fact.direction, fact.subject) == (31, "down", "Environmental Protection Agency's budget")


@pytest.mark.parametrize("text, want", [
    ("A helpline will be open from 3-April for anyone affected.", []),  # a scraper's hyphens for spaces
    ("She was last seen on Friday evening, 24-February.", []),
    ("He was killed sometime between-24-and 25-February.", []),
    ("They imposed a 6-month ban.", [(6, "month")]),  # control: a duration
])
def test_a_day_glued_to_its_month_by_a_hyphen_is_a_date(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


@pytest.mark.parametrize("text, verbs", [
    ("Officials estimate that about 300,000 people have been killed since the start of the conflict and another "
     "2.5 million have fled abroad.", ("killed", "fled")),  # ("fled", "left": irregular past participles)
    ("About 300,000 people have died since the start of the war, and another 2.5 million have left the country.",
     ("died", "left")),
])
def test_another_bare_figure_with_a_verb_of_its_own_counts_the_same_people(extractor, text, verbs):
    assert [(f.value, f.unit, f.subject) for f in extractor(text)] == [(300000, "people", f"people {verbs[0]}"),
                                                                       (2.5e6, "people", f"people {verbs[1]}")]


def test_each_count_of_a_list_that_writes_its_noun_names_its_own_subject(extractor):
    facts = extractor("The new network will have three north-south corridors and five east-west corridors.")
    assert [(f.value, f.unit, f.subject) for f in facts] == [(3, "corridor", "new network north-south corridors"),
                                                             (5, "corridor", "new network east-west corridors")]
    facts = extractor("The plan costs $8.99 a month and $9.99 a month with ads removed.")  # control: rates share it
    assert len({f.subject for f in facts}) == 1


@pytest.mark.parametrize("text, want", [
    ('Ministers agreed to hold another "two plus two" meeting in Moscow.', []),  # a quoted name, not two meetings
    ('The "big three" carmakers asked for help.', []),
    ('He spoke for the "17 million" voters who backed leaving.', [(17e6, "voter")]),  # the figure alone is quoted
    ('Police named 12 "suspects" in the case.', [(12, "suspect")]),  # a quoted noun is still counted
])
def test_a_number_inside_a_quoted_name_counts_nothing_after_it(extractor, text, want):
    assert [(f.value, f.unit) for f in extractor(text)] == want


def test_a_change_in_something_year_on_year_is_about_that_thing(extractor):
    # (the parse makes "income" a compound of the "year" of "year-on-year")
    (fact,) = extractor("The sellers registered 85-percent growth in income year-on-year as of June 30.")
    assert (fact.value, fact.direction, fact.kind, fact.subject) == (85, "up", "growth", "income")


@pytest.mark.parametrize("text, subject", [
    ("Year-over-year attendance in the parks fell by 5 percent, the newspaper said.", "attendance in parks"),
    ("Last year the government achieved a year-on-year growth rate of 6.9 percent.", "growth rate"),
    ("The month-on-month decline was 3 percent.", "decline"),
])
def test_year_on_year_says_when_not_what(extractor, text, subject):
    assert [f.subject for f in extractor(text)] == [subject]


def test_a_hyphen_a_scraper_put_after_a_bracket_is_a_space(extractor):
    facts = extractor("A newspaper reported that he received $1.5 million (1.4 million euros)-to vote for the bid.")
    assert [(f.value, f.unit, f.subject) for f in facts] == [(1.5e6, "USD", ""), (1.4e6, "EUR", "")]
    facts = extractor("The plan is to sell 30 billion yuan ($4.4 billion; 4.1 billion euros; 3.5 billion)-worth of robots.")
    assert [(f.value, f.unit) for f in facts][-1] == (3.5e9, "")  # a conversion whose sign was lost, not robots
