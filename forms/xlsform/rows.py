"""Survey-sheet row numbers and raw types, which pyxform's JSON drops.

pyxform's reader keeps empty rows so its own messages can say ``[row : N]``;
we read the same rows (header = row 1, first data row = 2) and match them to
JSON elements by name in form order.  Elements pyxform generates (the
``_other`` text of an ``or_other`` select) have no row of their own and
borrow the row of the node before them; nameless notes and table-list label
rows carry their row in the name pyxform makes up for them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import Any

_OR_OTHER = re.compile(r"\s(or specify other|or_other|or other)\s*$")
_GENERATED = re.compile(
    r"^(?:generated_note_name|generated_table_list_label|reserved_name_for_field_list_labels)"
    r"_(\d+)$"
)
_HEADER_ROW = 1


def _cell(row: Mapping[str, Any], *names: str) -> str:
    for key, value in row.items():
        if str(key).strip().lower() in names and value is not None:
            return str(value).strip()
    return ""


class SurveyRows:
    """Name -> sheet row, consumed in order so repeated names map to the right row."""

    def __init__(self, survey: Iterable[Mapping[str, Any]] | None) -> None:
        self._rows: list[tuple[str, int, str]] = []
        for index, row in enumerate(survey or ()):
            name = _cell(row, "name", "value")
            if name:
                self._rows.append((name, index + _HEADER_ROW + 1, _cell(row, "type")))
        self._next = 0
        self._first: dict[str, int] = {}
        self._indexes: dict[str, list[int]] = {}  # where each name occurs: no scans
        for index, (name, row, _) in enumerate(self._rows):
            self._first.setdefault(name, row)
            self._indexes.setdefault(name, []).append(index)
        self._or_other = {name for name, _, kind in self._rows if _OR_OTHER.search(kind)}

    def row_of(self, name: str, fallback: int | None = None) -> int | None:
        """The sheet row of the next element called ``name``, else ``fallback``.

        A name met again (a question inside a ``begin loop``) keeps its first row.
        """
        if generated := _GENERATED.match(name):
            return int(generated.group(1))  # pyxform names these after their row
        indexes = self._indexes.get(name, ())
        at = bisect_left(indexes, self._next)
        if at < len(indexes):
            self._next = indexes[at] + 1
            return self._rows[indexes[at]][1]
        return self._first.get(name, fallback)

    def is_or_other(self, name: str) -> bool:
        """Whether the survey row for ``name`` is a ``select_* ... or_other``."""
        return name in self._or_other
