import pytest
from hypothesis import given, strategies as st

from explainer.numbers import find_quantities, parse_quantity


@pytest.mark.parametrize("text, low, high, qualifier", [
    ("four", 4, 4, "exact"),
    ("nine", 9, 9, "exact"),
    ("20", 20, 20, "exact"),
    ("3,138", 3138, 3138, "exact"),
    ("thirty-five", 35, 35, "exact"),
    ("one hundred and twenty", 120, 120, "exact"),
    ("30 to 35", 30, 35, "range"),
    ("30-35", 30, 35, "range"),
    ("30–35", 30, 35, "range"),
    ("between 30 and 35", 30, 35, "range"),
    ("five or six", 5, 6, "range"),
    ("at least four", 4, None, "at_least"),
    ("more than 40", 40, None, "more_than"),
    ("over 40", 40, None, "more_than"),
    ("1.5 million", 1_500_000, 1_500_000, "exact"),
    ("3.6m", 3_600_000, 3_600_000, "exact"),
    ("half a million", 500_000, 500_000, "exact"),
    ("a minimum of 4", 4, None, "at_least"),
    ("up to 40", None, 40, "at_most"),
    ("nearly 40", None, 40, "at_most"),
    ("about 12", 12, 12, "approximately"),
    ("dozens", None, None, "vague"),
    ("hundreds of thousands", None, None, "vague"),
    ("tens of thousands", None, None, "vague"),
])
def test_parse_quantity(text, low, high, qualifier):
    quantity = parse_quantity(text)
    assert (quantity.low, quantity.high, quantity.qualifier) == (low, high, qualifier)


def test_a_range_is_never_averaged():
    quantity = parse_quantity("30 to 35")
    assert quantity.low == 30 and quantity.high == 35


def test_vague_words_are_not_read_as_numbers():
    found = find_quantities("displacing hundreds of thousands of people")
    assert [(q.text, q.low, q.high) for q in found] == [("hundreds of thousands", None, None)]


def test_possessive_digits_are_not_counts():
    assert find_quantities("100’s of premium titles") == []


def test_offsets_point_at_the_text():
    text = "At least four soldiers and 30 to 35 others"
    for quantity in find_quantities(text):
        assert text[quantity.start:quantity.end] == quantity.text


def test_parse_quantity_names_the_bad_value():
    with pytest.raises(ValueError, match="'no number here'"):
        parse_quantity("no number here")


@given(st.text(max_size=300))
def test_any_text_reads_without_crashing_and_keeps_invariants(text):
    for quantity in find_quantities(text):
        assert text[quantity.start:quantity.end] == quantity.text
        if quantity.low is not None and quantity.high is not None:
            assert quantity.low <= quantity.high


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=1000))
def test_digit_ranges_round_trip(low, width):
    quantity = parse_quantity(f"between {low} and {low + width}")
    assert (quantity.low, quantity.high, quantity.qualifier) == (low, low + width, "range")


@pytest.mark.parametrize("text, low, high, qualifier", [
    ("nearly a million", None, 1_000_000, "at_most"),
    ("a dozen", 12, 12, "exact"),
    ("a hundred thousand", 100_000, 100_000, "exact"),
])
def test_a_counts_as_one(text, low, high, qualifier):
    quantity = parse_quantity(text)
    assert (quantity.low, quantity.high, quantity.qualifier) == (low, high, qualifier)
