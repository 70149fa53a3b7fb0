"""The two mission tabs: Pledges (the pledge map) and KPIs (monitoring rounds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from storage import Database
from ui.engagement.tab import EngagementTab
from ui.shared.words import counted

if TYPE_CHECKING:
    from ui.engagement.data import Drawn


class PledgesTab(EngagementTab):
    """Block scores beside pledge coverage, amounts per currency, and unpledged priorities."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            database,
            loader="load_pledges",
            tables="pledge_tables",
            view="pledges",
            chart_name=self.tr("Pledge map chart"),
            messages={
                "no-pledge-register": self.tr(
                    "Fill a P2C pledge register for this mission to map its pledges."
                ),
            },
            table_count=2,
            parent=parent,
        )

    def _summary(self, drawn: Drawn) -> str:
        pledges = drawn.result
        gaps = len(pledges.gaps)
        text = counted(len(pledges.pledges), self.tr("{count} pledge"), self.tr("{count} pledges"))
        if pledges.workshops:
            text += " · " + counted(
                gaps,
                self.tr("{count} validated priority without a pledge"),
                self.tr("{count} validated priorities without a pledge"),
            )
        else:
            text += " · " + self.tr("no validation workshop yet")
        return text


class KpisTab(EngagementTab):
    """Every KPI across the mission's monitoring rounds, with progress and status."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            database,
            loader="load_kpis",
            tables="kpi_tables",
            view="kpis",
            chart_name=self.tr("KPI charts"),
            messages={
                "no-monitoring": self.tr(
                    "Fill a monitoring round for this mission to follow its KPIs."
                ),
            },
            table_count=1,
            parent=parent,
        )

    def _summary(self, drawn: Drawn) -> str:
        board = drawn.result
        return (
            counted(len(board.kpis), self.tr("{count} KPI"), self.tr("{count} KPIs"))
            + " · "
            + counted(
                len(board.rounds),
                self.tr("{count} monitoring round"),
                self.tr("{count} monitoring rounds"),
            )
        )
