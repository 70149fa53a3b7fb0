"""Counted words of the package flows, in the window's language with its plural rules.

A QObject so its ``tr`` carries the count: lupdate records a plural for
``QCoreApplication.translate`` only when the count is a literal number.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class PackageCounts(QObject):
    """ "%n mission(s)" and the like, one method per counted thing."""

    def forms(self, count: int) -> str:
        return self.tr("%Ln form(s)", None, count)

    def missions(self, count: int) -> str:
        return self.tr("%Ln mission(s)", None, count)

    def submissions(self, count: int) -> str:
        return self.tr("%Ln submission(s)", None, count)

    def answers(self, count: int) -> str:
        return self.tr("%Ln answer(s)", None, count)

    def importing(self, count: int) -> str:
        return self.tr("Importing %Ln package(s)…", None, count)

    def edited_cells(self, count: int) -> str:
        return self.tr(
            "{name} was changed by hand after export, in %Ln cell(s). Take the changes "
            "as someone's edits, or import the file as it was exported.",
            None,
            count,
        )
