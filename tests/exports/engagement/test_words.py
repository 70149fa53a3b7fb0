"""The charts' own words exist in every language the built-in forms speak, with every key."""

from __future__ import annotations

import pytest

from exports.engagement.words import WORDS, words
from forms.library import load_builtin
from forms.wheel.structure import language_code


@pytest.mark.parametrize("form_id", ["pledge_register", "monitoring", "diagnostic"])
def test_every_language_of_the_forms_has_its_own_chart_words(form_id):
    for language in load_builtin(form_id).languages:
        code = language_code(language)
        assert code in WORDS, f"{language} has no chart words"
        assert words(language) is WORDS[code]


@pytest.mark.parametrize("code", sorted(WORDS))
def test_each_language_says_every_word_with_the_same_placeholders(code):
    english = WORDS["en"]
    assert WORDS[code].keys() == english.keys()
    for key, text in english.items():
        for placeholder in ("{n}", "{share}"):
            assert (placeholder in text) == (placeholder in WORDS[code][key]), (code, key)
