"""Fieldwheel's first window by the plainest PySide6 script: the start-up floor of its content.

``bench/startup.py`` times this beside ``fieldwheel --quit-after-show`` on the
same database: the same widgets (the welcome page, or on a database with
missions the missions table and the first one's submissions; the hidden page
built too; the mission tabs, 20 menu actions with their shortcuts and tips,
the toolbar, an empty language menu and the status bar), two Python table models, and two raw
``sqlite3`` queries, with none of Fieldwheel's modules, settings,
translations or checks.  What Fieldwheel costs beyond this is its own code;
what this costs beyond a bare window is what any window showing the same
things pays.

Usage: ``python plain_main_window.py DATABASE`` (``startup.py`` imports it, from bytecode
as Fieldwheel is).
"""

import sqlite3
import sys

from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

MENUS = {
    "&File": ("Open server database…", "Export…", "Import…", "Conflicts…", "Report…",
              "Who is editing…", "Quit"),
    "&Mission": ("New mission…", "Edit mission…", "Delete…", "Import ODK submissions…",
                 "Compare rounds…", "Load the sample missions"),
    "&Submission": ("New submission…", "From a form file…", "Open", "Open as a board",
                    "Start a workshop…"),
    "&View": ("Refresh", "Search…"),
}  # fmt: skip


class Rows(QAbstractTableModel):
    """A list's model, its rows from Python as every list of Fieldwheel's are."""

    def __init__(self, columns: int, rows: list[tuple]) -> None:
        super().__init__()
        self.columns = columns
        self.rows = rows

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt's name
        return len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 - Qt's name
        return self.columns

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


def table(rows: list[tuple], columns: int) -> QTableView:
    view = QTableView()
    view.setModel(Rows(columns, rows))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


def welcome_page() -> QWidget:
    page = QWidget()
    title = QLabel("Welcome to Fieldwheel")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.8)
    font.setBold(True)
    title.setFont(font)
    text = QLabel("There are no missions in this database yet. " * 3)
    text.setWordWrap(True)
    buttons = QHBoxLayout()
    for label in ("Load the sample missions", "New mission…"):
        button = QPushButton(label)
        button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        buttons.addWidget(button)
    column = QVBoxLayout(page)
    column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
    column.addWidget(text)
    column.addLayout(buttons)
    return page


def missions_page(missions: list[tuple], submissions: list[tuple]) -> QWidget:
    missions_box = QWidget()
    layout = QVBoxLayout(missions_box)
    layout.addWidget(QLabel("<b>Missions</b>"))
    layout.addWidget(table(missions, 5))
    tabs = QTabWidget()
    tabs.addTab(table(submissions, 6), "Submissions")
    for name in ("Wheel", "Pledges", "KPIs"):
        tabs.addTab(QWidget(), name)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(missions_box)
    splitter.addWidget(tabs)
    return splitter


def build_menus(window: QMainWindow) -> None:
    toolbar = window.addToolBar("Main")
    for title, labels in MENUS.items():
        menu = window.menuBar().addMenu(title)
        for label in labels:
            action = QAction(label, window)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{chr(ord('A') + len(window.actions()))}"))
            window.addAction(action)
            action.setToolTip(label)
            menu.addAction(action)
            if len(toolbar.actions()) < 4:
                toolbar.addAction(action)
    window.menuBar().actions()[-1].menu().addMenu("&Language")  # ours fills it when opened


def main() -> int:
    app = QApplication(sys.argv)
    connection = sqlite3.connect(sys.argv[1])
    missions = connection.execute("SELECT * FROM missions LIMIT 100").fetchall()
    first_mission = missions[0][0] if missions else ""
    submissions = connection.execute(
        "SELECT * FROM submissions WHERE mission_uuid = ? LIMIT 100", (first_mission,)
    ).fetchall()
    window = QMainWindow()
    pages = QStackedWidget()
    pages.addWidget(welcome_page())
    pages.addWidget(missions_page([row[:5] for row in missions], [row[:6] for row in submissions]))
    pages.setCurrentIndex(1 if missions else 0)
    window.setCentralWidget(pages)
    build_menus(window)
    window.statusBar().addWidget(QLabel(f"Database: {sys.argv[1]}"), 1)
    author = QPushButton("Who is editing?")
    author.setFlat(True)
    window.statusBar().addPermanentWidget(author)
    window.statusBar().addPermanentWidget(QLabel(""))
    window.setWindowTitle("Fieldwheel")
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    connection.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
