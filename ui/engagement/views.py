"""The two mission tabs: Pledges (the pledge map) and KPIs (monitoring rounds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from storage import Database
from ui.engagement.tab import EngagementTab

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
                "no-pledge-register": lambda: self.tr(
                    "Fill a P2C pledge register for this mission to map its pledges."
                ),
            },
            table_count=2,
            parent=parent,
        )

    def _summary(self, drawn: Drawn) -> str:
        pledges = drawn.result
        gaps = len(pledges.gaps)
        text = self.tr("%Ln pledge(s)", None, len(pledges.pledges))
        if pledges.workshops:
            text += " · " + self.tr("%Ln validated priority(ies) without a pledge", None, gaps)
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
                "no-monitoring": lambda: self.tr(
                    "Fill a monitoring round for this mission to follow its KPIs."
                ),
            },
            table_count=1,
            parent=parent,
        )

    def _summary(self, drawn: Drawn) -> str:
        board = drawn.result
        return (
            self.tr("%Ln KPI(s)", None, len(board.kpis))
            + " · "
            + self.tr("%Ln monitoring round(s)", None, len(board.rounds))
        )
