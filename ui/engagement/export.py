"""Saving an engagement chart as a PNG or SVG file the user chooses.

The file is drawn afresh in a worker at the chart's own resolution, never
from the on-screen figure (zoomed to the window, owned by the UI thread).
``choose_path`` is the only modal step, kept apart so tests can answer it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.shared import prompts, settings
from ui.shared.workers import Operation, Task

if TYPE_CHECKING:
    from ui.engagement.data import Result

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def suggested_name(title: str, view: str) -> str:
    """``Cambodia-...-pledges-2026-12-02.png``: what, for whom, and when it was saved."""
    safe = _UNSAFE.sub("-", title).strip("-.") or "missions"
    return f"{safe}-{view}-{dt.date.today().isoformat()}.png"


def choose_path(parent: QWidget | None, suggestion: Path) -> Path | None:
    """Ask where to save (the only modal step, kept apart so tests can answer it)."""
    return prompts.save_chart_file(
        parent, QCoreApplication.translate("engagement_export", "Export the chart"), suggestion
    )


def export_chart(
    parent: QWidget | None, result: Result, language: str | None, title: str, view: str
) -> Operation | None:
    """Ask for a file, then draw and save the chart in the background."""
    store = settings.open_settings()
    folder = settings.start_folder(settings.LAST_CHART_FOLDER, store)
    path = choose_path(parent, Path(folder) / suggested_name(title, view))
    if path is None:
        return None
    settings.LAST_CHART_FOLDER.write(store, str(path.parent))

    def work(task: Task) -> Path:
        from ui.engagement.data import save

        task.check_cancelled()
        return save(
            result, language, path, QCoreApplication.translate("engagement_export", "The chart")
        )

    operation = Operation(parent, work)
    operation.with_progress(QCoreApplication.translate("engagement_export", "Saving the chart…"))
    operation.run_in_background()
    return operation
