"""The main window: the missions in this database."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from storage import Database
from ui.mission_model import MissionModel


class MainWindow(QMainWindow):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.setWindowTitle(f"Fieldwheel — {database.path.name}")
        self.missions = MissionModel(database)
        self.mission_view = QTableView()
        self.mission_view.setModel(self.missions)
        self.mission_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.mission_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.mission_view)
        self.statusBar().showMessage(f"Database: {database.path} — every change is saved.")
        self.resize(1000, 640)
