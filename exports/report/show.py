"""How numbers, labels and answers are written in the report, in its language.

Every string handed to the typesetter is finished here, so the templates
only place text: a score is "2,75" in French, a choice answer is its label
in the chosen language (the form's default language where it has none),
and a missing score is the language's "no data", never zero.
"""

from __future__ import annotations

from forms.model import Form, Question
from forms.wheel.structure import pick_text


class Writer:
    """Formats for one report language (a code such as ``fr``)."""

    def __init__(self, language: str, words: dict[str, str], *, comma: bool, rtl: bool) -> None:
        self.language = language
        self.words = words
        self._comma = comma
        self._rtl = rtl

    def isolated(self, text: str) -> str:
        """``text`` kept left to right inside right-to-left text (a range, a signed number).

        Without the isolate, the bidi algorithm moves a leading sign or the
        second number of "1.67 – 3.00" to the other side in an Arabic line.
        """
        return f"\u2066{text}\u2069" if self._rtl and text else text

    def number(self, value: float, decimals: int = 2) -> str:
        text = f"{value:.{decimals}f}"
        return self.isolated(text.replace(".", ",") if self._comma else text)

    def ratio(self, part: int, whole: int) -> str:
        return self.isolated(f"{part}/{whole}")

    def span(self, low: float, high: float) -> str:
        """A range of scores, "1.67 – 3.00"."""
        low_text, high_text = (f"{v:.2f}" for v in (low, high))
        if self._comma:
            low_text, high_text = low_text.replace(".", ","), high_text.replace(".", ",")
        return self.isolated(f"{low_text} – {high_text}")

    def score(self, value: float | None) -> str:
        return self.words["no_data"] if value is None else self.number(value)

    def change(self, now: float | None, before: float | None) -> str:
        """A signed difference ("+0.42", "−0.10"), empty when either side is missing."""
        if now is None or before is None:
            return ""
        delta = round(now - before, 2)
        sign = "+" if delta > 0 else "\u2212" if delta < 0 else "\u00b1"
        text = f"{abs(delta):.2f}"
        return self.isolated(sign + (text.replace(".", ",") if self._comma else text))

    def plain(self, value: float) -> str:
        """A bound or a threshold as the form gave it: 98, 1.5 (no trailing zeros)."""
        text = f"{value:g}"
        return self.isolated(text.replace(".", ",") if self._comma else text)

    def label(self, form: Form, question: Question) -> str:
        return pick_text(question.labels, self.language, form.default_language, question.name)

    def answer(self, form: Form, question: Question, value: str | None) -> str:
        """An answer as a reader says it: choice labels for selects, the text otherwise."""
        if value is None:
            return ""
        if question.choice_list and question.choice_list in form.choice_lists:
            choices = form.choice_lists[question.choice_list]
            names = value.split() if question.type == "select_multiple" else [value]
            return ", ".join(self.choice(form, choices.get(name), name) for name in names)
        return value

    def choice(self, form: Form, choice, name: str) -> str:
        if choice is None:
            return name
        return pick_text(choice.labels, self.language, form.default_language, name)

    def of_list(self, form: Form, list_name: str, name: str) -> str:
        """The label of choice ``name`` of ``list_name`` (the name itself if unknown)."""
        choices = form.choice_lists.get(list_name)
        return self.choice(form, choices.get(name) if choices else None, name)
