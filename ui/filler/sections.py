"""Cutting a form into the sections the filler navigates.

A section is one page: a group's own questions (its subgroups are sections
of their own, shown as children in the navigation tree), or a whole repeat
with everything inside it, since instances only make sense together.  The
form's loose top-level questions form a section named after the form.  A
group holding only subgroups has no page of its own; choosing it opens its
first descendant that has one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from forms.model import Form, Group, Node, Question, strip_positions

ROOT = ""
"""Key of the section holding the form's top-level questions."""


@dataclass
class Section:
    """One navigation entry; ``nodes`` are what its page shows, in form order."""

    key: str
    group: Group | None
    nodes: list[Node] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    @property
    def has_page(self) -> bool:
        return bool(self.nodes)

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()


class SectionMap:
    """The section tree of one form, and which section shows a given path."""

    def __init__(self, form: Form) -> None:
        self.form = form
        self.roots: list[Section] = []
        self._owner: dict[str, str] = {}
        root = Section(ROOT, None)
        self._fill(root, form.children, self.roots)
        if root.nodes:
            self.roots.insert(self._root_position(form), root)

    def _fill(self, section: Section, children: tuple[Node, ...], siblings: list[Section]) -> None:
        for node in children:
            if isinstance(node, Question):
                section.nodes.append(node)
                self._owner[node.path] = section.key
            elif node.repeat:
                repeat = Section(node.path, node, [node])
                self._claim(node, node.path)
                siblings.append(repeat)
            else:
                child = Section(node.path, node)
                self._owner[node.path] = child.key
                siblings.append(child)
                self._fill(child, node.children, child.children)

    def _claim(self, group: Group, key: str) -> None:
        self._owner[group.path] = key
        for node in group.walk():
            self._owner[node.path] = key

    def _root_position(self, form: Form) -> int:
        """Where the root section goes: before the first group that follows a loose question."""
        for index, node in enumerate(form.children):
            if isinstance(node, Question):
                return sum(1 for child in form.children[:index] if isinstance(child, Group))
        return 0

    def sections(self) -> Iterator[Section]:
        for root in self.roots:
            yield from root.walk()

    def pages(self) -> list[Section]:
        """Sections with a page, in navigation order."""
        return [section for section in self.sections() if section.has_page]

    def get(self, key: str) -> Section | None:
        return next((section for section in self.sections() if section.key == key), None)

    def owner(self, path: str) -> str:
        """Key of the section whose page shows answer or form path ``path``."""
        return self._owner.get(strip_positions(path), ROOT)

    def first_page(self, section: Section) -> Section | None:
        """``section`` if it has a page, else its first descendant that does."""
        return next((found for found in section.walk() if found.has_page), None)
