"""Search hits as table rows: mission, submission, question, and the excerpt.

The excerpt is also offered as HTML with the matching words in bold
(``HTML_ROLE``), escaped, so an answer's own ``<`` or ``&`` shows as typed.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt

from storage.search.hits import SearchHit
from ui.shared.records.model import RecordTableModel

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MISSION, SUBMISSION, QUESTION, MATCH = range(4)


def excerpt_html(hit: SearchHit) -> str:
    """The excerpt on one line, matching pieces in bold."""
    pieces = [
        f"<b>{html.escape(piece)}</b>" if matched else html.escape(piece)
        for piece, matched in hit.excerpt
    ]
    return " ".join("".join(pieces).split())


class SearchResultsModel(RecordTableModel[SearchHit]):
    """Hits in the order search ranked them, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            lambda: [
                self.tr("Mission"),
                self.tr("Submission"),
                self.tr("Question"),
                self.tr("Match"),
            ],
            parent,
        )

    def key(self, record: SearchHit) -> Any:
        return (record.submission_uuid or record.mission_uuid, record.path)

    def hit(self, row: int) -> SearchHit:
        return self._records[row]

    def cell(self, record: SearchHit, column: int, role: int) -> Any:
        if role == HTML_ROLE and column == MATCH:
            return excerpt_html(record)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == MATCH:
            return record.marked("«", "»")
        return None

    def _text(self, record: SearchHit, column: int) -> str:
        if column == MISSION:
            return f"{record.mission_title} ({record.country})"
        if column == SUBMISSION:
            if record.is_mission_text:
                return self.tr("the mission itself")
            return f"{record.form_title} · {record.author}"
        if column == QUESTION:
            return self._label(record)
        return record.marked("", "")

    def _label(self, record: SearchHit) -> str:
        if record.path == "#title":
            return self.tr("Mission title")
        if record.path == "#notes":
            return self.tr("Mission notes")
        return record.label
