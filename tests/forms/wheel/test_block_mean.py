"""A mission's block mean from tallied whole levels is the mean of the values themselves.

The mission wheel counts whole levels in SQL (their sum and count) and passes
the other values as they are; the block's mean must be exactly ``fmean`` of
all the values, as a respondent's wheel computes it, and a block nobody
answered has no mean (not a mean of 0).
"""

from __future__ import annotations

from statistics import fmean

from hypothesis import given
from hypothesis import strategies as st

from forms.wheel.scores import block_mean

levels = st.lists(st.integers(min_value=0, max_value=5), max_size=40)
others = st.lists(st.floats(min_value=0, max_value=5, allow_nan=False), max_size=10)


@given(levels, others)
def test_the_mean_of_tallied_levels_is_the_mean_of_the_values(whole, rest):
    mean = block_mean(sum(whole), len(whole), rest)
    if not whole and not rest:
        assert mean is None
    else:
        assert mean == fmean([*whole, *rest])


def test_a_block_nobody_answered_has_no_mean():
    assert block_mean(0, 0, []) is None


def test_levels_and_other_values_weigh_the_same():
    assert block_mean(7, 3, [2.5]) == fmean([1, 2, 4, 2.5]) == 2.375
    assert block_mean(0, 0, [1.5, 2.5]) == 2.0
    assert block_mean(0, 2, []) == 0.0  # two answers of level 0: a mean of 0, not none
