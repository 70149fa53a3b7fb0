"""The immutable Form model every other part of Fieldwheel reads.

A Form is built once by ``forms.xlsform.load`` from pyxform's JSON and never
changes; FormState, the wheel, the package writer and the window all read the
same objects.  Labels and messages are mappings from language name to text;
an untranslated form has the single language ``"default"``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from forms.translated_titles import titles_in_settings

Texts = Mapping[str, str]
"""Text per language name (e.g. ``{"English (en)": "Name"}``)."""


@dataclass(frozen=True)
class Choice:
    """One row of a choice list; ``extra`` holds columns such as ``pillar``."""

    name: str
    labels: Texts
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: tuple[Choice, ...]

    def get(self, name: str) -> Choice | None:
        """The choice called ``name``, or None."""
        return self._by_name.get(name)

    @cached_property
    def _by_name(self) -> dict[str, Choice]:
        return {choice.name: choice for choice in self.choices}


@dataclass(frozen=True)
class Question:
    """A leaf of the form: an input, a note or a calculation.

    ``path`` is the slash-joined names of the enclosing groups and the
    question, without repeat positions (``access/infra/score``).  ``type`` is
    the XLSForm type without the list name (``select_one``, ``integer``,
    ``note``, ``calculate``, ``geopoint``, ...).  ``metadata`` keeps columns
    XLSForm does not define, such as ``wheel``.  ``row`` is the survey sheet
    row it came from, for messages.
    """

    name: str
    path: str
    type: str
    labels: Texts = field(default_factory=dict)
    hints: Texts = field(default_factory=dict)
    constraint_messages: Texts = field(default_factory=dict)
    required_messages: Texts = field(default_factory=dict)
    appearance: str = ""
    parameters: Mapping[str, str] = field(default_factory=dict)
    default: str | None = None
    read_only: bool = False
    relevant: str | None = None
    constraint: str | None = None
    required: str | None = None
    calculate: str | None = None
    choice_filter: str | None = None
    choice_list: str | None = None
    or_other: bool = False
    metadata: Mapping[str, str] = field(default_factory=dict)
    row: int | None = None


@dataclass(frozen=True)
class Group:
    """A group or, when ``repeat`` is true, a repeat; children keep form order."""

    name: str
    path: str
    labels: Texts = field(default_factory=dict)
    relevant: str | None = None
    appearance: str = ""
    repeat: bool = False
    repeat_count: str | None = None
    children: tuple[Question | Group, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)
    row: int | None = None

    def walk(self) -> Iterator[Question | Group]:
        """Every descendant, depth first, in form order."""
        for child in self.children:
            yield child
            if isinstance(child, Group):
                yield from child.walk()


Node = Question | Group


@dataclass(frozen=True)
class Form:
    """A whole XLSForm plus the exact bytes it was read from."""

    id: str
    version: str
    title: str
    languages: tuple[str, ...]
    default_language: str
    children: tuple[Node, ...]
    choice_lists: Mapping[str, ChoiceList]
    settings: Mapping[str, str]
    source: bytes
    source_name: str
    sha256: str

    def walk(self) -> Iterator[Node]:
        """Every group and question, depth first, in form order."""
        for child in self.children:
            yield child
            if isinstance(child, Group):
                yield from child.walk()

    @property
    def titles(self) -> dict[str, str]:
        """The title in each language that has one (``translated_title::French (fr)`` settings)."""
        return titles_in_settings(self.settings)

    def title_in(self, language: str | None) -> str:
        """The title in form language ``language`` when the form gives one, else the title."""
        return self.titles.get(language or "", "") or self.title

    def questions(self) -> Iterator[Question]:
        return (node for node in self.walk() if isinstance(node, Question))

    def node(self, path: str) -> Node | None:
        """The group or question at ``path`` (repeat positions stripped).

        Most paths hold no position, and a form state asks hundreds of times a
        submission: those skip the split and join.
        """
        if "[" in path:
            path = strip_positions(path)
        return self._by_path.get(path)

    def by_name(self, name: str) -> Node | None:
        """The node whose XLSForm name is ``name`` (names are unique)."""
        return self._by_name.get(name)

    @cached_property
    def _by_path(self) -> dict[str, Node]:
        return {node.path: node for node in self.walk()}

    @cached_property
    def _by_name(self) -> dict[str, Node]:
        return {node.name: node for node in self.walk()}


def strip_positions(path: str) -> str:
    """``pledges[2]/amount`` -> ``pledges/amount``."""
    return "/".join(step.split("[", 1)[0] for step in path.split("/"))
