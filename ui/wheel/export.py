"""Saving the mission's wheel as a PNG or SVG file the user chooses.

The file is drawn afresh in a worker at the chart's print resolution,
never from the on-screen figure: that one is zoomed to the window and
belongs to the UI thread.  ``choose_path`` is the only modal step, kept
separate so tests can answer it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.shared import prompts
from ui.shared.workers import Operation, Task

if TYPE_CHECKING:
    from exports.wheel.mission import MissionWheel

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def suggested_name(mission_wheel: MissionWheel) -> str:
    """``Cambodia-2026-wheel-2026-11-23.png``: the mission and the date of its latest answers."""
    title = _UNSAFE.sub("-", mission_wheel.mission.title).strip("-.") or "mission"
    return f"{title}-wheel-{mission_wheel.latest}.png"


def choose_path(parent: QWidget | None, suggestion: Path) -> Path | None:
    """Ask where to save (the only modal step, kept apart so tests can answer it)."""
    return prompts.save_chart_file(
        parent, QCoreApplication.translate("wheel_export", "Export the wheel"), suggestion
    )


def export_wheel(
    parent: QWidget | None, mission_wheel: MissionWheel, language: str | None, path: Path
) -> Operation:
    """Draw and save the wheel in the background; a UserError is shown as one sentence."""

    def work(task: Task) -> Path:
        from exports.wheel.chart import save_wheel
        from exports.wheel.mission import mission_figure

        figure = mission_figure(mission_wheel, language)
        task.check_cancelled()
        return save_wheel(figure, path)

    operation = Operation(parent, work)
    operation.with_progress(QCoreApplication.translate("wheel_export", "Saving the wheel…"))
    operation.run_in_background()
    return operation
