from datetime import date

import pytest

from explainer import dates
from explainer.dates import find_dates, resolve_weekday


def test_caption_reference_takes_the_nearest_weekday():
    assert resolve_weekday("Monday", date(2020, 2, 2), "caption") == date(2020, 2, 3)
    assert resolve_weekday("Sunday", date(2020, 2, 2), "caption") == date(2020, 2, 2)


def test_publication_reference_looks_back():
    assert resolve_weekday("Saturday", date(2020, 2, 6), "manifest") == date(2020, 2, 1)


def test_days_periods_and_vague_times():
    found = find_dates("On 10 February troops moved. From 27 Feb to 5 March, fighting went on. In recent weeks",
                       year_hint=2020)
    assert [(m.kind, m.date) for m in found] == [("day", date(2020, 2, 10)), ("period", None), ("vague", None)]


def test_month_first_dates():
    found = find_dates("on February 2, 2020.")
    assert found[0].date == date(2020, 2, 2)


@pytest.mark.parametrize("text, year", [
    ("On 30 April 2019 the offensive began; by 2 May it had stalled.", 2019),
    ("On 30 April 2019 the offensive began, a 2020 UN report says.", 2019),  # a report's year dates nothing
    ("On 30 April 2019 the offensive began. In January 2020 a truce held.", None),
    ("The offensive began in spring.", None),
    ("A 2020 UN report counted the dead.", None),
])
def test_the_one_year_a_text_dates(text, year):
    assert dates.only_dated_year(text) == year


@pytest.mark.parametrize("text", [
    "Clashes went on from 8 to 9 October.", "Between 9 and 11 October 2016, the town was shelled.",
    "During 9–10 January, strikes hit the camp.", "On October 8-9 the army advanced.",
])
def test_a_span_of_days_is_a_period_not_its_last_day(text):
    # the annotation convention: a multi-day span gets no date
    found = find_dates(text, date(2016, 11, 1))
    assert [m.kind for m in found] == ["period"] and found[0].date is None


def test_one_day_is_still_a_day():
    assert [(m.kind, m.date) for m in find_dates("On 3 October, four died.", date(2016, 11, 1))] == \
        [("day", date(2016, 10, 3))]


@pytest.mark.parametrize("text, day", [
    # a month closed by a mark other than a space or comma: Markdown bold, a bracket, a semicolon, a colon
    (" * **9 August** – a car bomb", date(2021, 8, 9)),
    ("the raid (9 August) left", date(2021, 8, 9)),
    ("fighting on 9 August; the next day", date(2021, 8, 9)),
    ("9 August: a car bomb", date(2021, 8, 9)),
])
def test_a_month_closed_by_a_mark(text, day):
    assert [m.date for m in find_dates(text, date(2022, 1, 1), "publication", 2021) if m.kind == "day"] == [day]
