"""The export options: which missions, in which format, a password, the charts, names or labels.

The password is typed twice because a typo here locks headquarters out of
the file for good: nothing stores it and it cannot be recovered.  The
dialog only collects choices; ``ui.package.exporting`` asks where to save and
runs the export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from storage import Mission


@dataclass(frozen=True)
class ExportChoices:
    """What to export: mission uuids (None: all), the password (None: none), charts,
    and the language of the data sheets' labels (None: question and choice names)."""

    missions: tuple[str, ...] | None
    password: str | None
    charts: bool
    labels: str | None = None
    format: str = "xlsx"
    """``xlsx`` (a package) or ``odk`` (a folder in ODK Briefcase's layout)."""


PACKAGE_FORMAT = "xlsx"
ODK_FORMAT = "odk"


class ExportDialog(QDialog):
    """Choose what goes into the package before choosing where it goes."""

    def __init__(
        self,
        selected: Mission | None,
        mission_count: int,
        parent: QWidget | None = None,
        languages: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a package"))
        self.setObjectName("export_dialog")
        self._selected = selected

        which = self._missions_box(selected, mission_count)
        kind = self._format_box()

        protect = self._password_box()

        self.charts = QCheckBox(self.tr("Include wheel charts"))
        self.charts.setToolTip(
            self.tr("Pictures of each wheel on the Wheel sheet; they make the file larger.")
        )
        self.charts.setChecked(True)
        columns = self._labels_row(languages)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(which)
        layout.addWidget(kind)
        layout.addWidget(protect)
        layout.addWidget(self.charts)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._package_options = (protect, self.charts, self.labels)
        self.odk.toggled.connect(self._format_chosen)

    def _format_box(self) -> QGroupBox:
        """An Excel package (the default) or ODK submissions for ODK Central and Kobo."""
        self.package = QRadioButton(self.tr("An Excel &package (.xlsx), for headquarters"))
        self.package.setChecked(True)
        self.odk = QRadioButton(self.tr("ODK &submissions (an ODK Briefcase folder)"))
        self.odk.setObjectName("export_odk")
        self.odk.setToolTip(
            self.tr(
                "One XML file per submission, as ODK Collect writes them, to send to "
                "ODK Central or KoboToolbox. No password, charts or labels."
            )
        )
        kind = QGroupBox(self.tr("Format"))
        kind_layout = QVBoxLayout(kind)
        kind_layout.addWidget(self.package)
        kind_layout.addWidget(self.odk)
        return kind

    def _format_chosen(self, odk: bool) -> None:
        """The password, charts and labels belong to the package: greyed out for ODK."""
        for option in self._package_options:
            option.setEnabled(not odk)
        text = self.tr("Choose a folder…") if odk else self.tr("Export…")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text)
        self._check()

    def _password_box(self) -> QGroupBox:
        """The password, typed twice: a typo would lock headquarters out for good."""
        self.password = QLineEdit()
        self.password.setObjectName("export_password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("export_password_repeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        self.show_password = QCheckBox(self.tr("Show the password"))
        self.show_password.toggled.connect(self._show_password)
        explanation = QLabel(
            self.tr(
                "Optional. A password encrypts the file: nobody can open it, in Fieldwheel "
                "or Excel, without the password. It is not stored anywhere and cannot be "
                "recovered, so send it to headquarters separately from the file."
            )
        )
        explanation.setWordWrap(True)
        self.mismatch = QLabel(self.tr("The two passwords are not the same."))
        self.mismatch.setObjectName("password_mismatch")
        self.mismatch.hide()
        fields = QFormLayout()
        fields.addRow(self.tr("Password:"), self.password)
        fields.addRow(self.tr("Again:"), self.repeat)
        fields.addRow(self.show_password)
        fields.addRow(self.mismatch)
        protect = QGroupBox(self.tr("Password"))
        protect_layout = QVBoxLayout(protect)
        protect_layout.addWidget(explanation)
        protect_layout.addLayout(fields)
        return protect

    def _labels_row(self, languages: Sequence[str]) -> QFormLayout:
        """Names (the default, as KoboToolbox's export) or labels in one of the forms' languages."""
        self.labels = QComboBox()
        self.labels.setObjectName("export_labels")
        self.labels.addItem(self.tr("Names (as KoboToolbox's default export)"), None)
        for language in languages:
            self.labels.addItem(self.tr("Labels in {language}").format(language=language), language)
        self.labels.setToolTip(
            self.tr("What the data sheets' headers and choice answers show: names or labels.")
        )
        row = QFormLayout()
        row.addRow(self.tr("&Headers and choices:"), self.labels)
        return row

    def _missions_box(self, selected: Mission | None, mission_count: int) -> QGroupBox:
        """The selected mission (the default) or all of them."""
        self.only_selected = QRadioButton(
            self.tr("The selected mission:")
            if selected
            else self.tr("The selected mission (none is selected)")
        )
        # Titles are long; the radio button's own text would not wrap.
        title = QLabel(selected.title if selected else "")
        title.setWordWrap(True)
        title.setIndent(24)
        title.setVisible(selected is not None)
        self.every_mission = QRadioButton(self.tr("All %Ln mission(s)", None, mission_count))
        self.only_selected.setEnabled(selected is not None)
        (self.only_selected if selected else self.every_mission).setChecked(True)
        which = QGroupBox(self.tr("Missions"))
        which_layout = QVBoxLayout(which)
        which_layout.addWidget(self.only_selected)
        which_layout.addWidget(title)
        which_layout.addWidget(self.every_mission)
        return which

    def choices(self) -> ExportChoices:
        missions = (
            (self._selected.uuid,)
            if self._selected is not None and self.only_selected.isChecked()
            else None
        )
        if self.odk.isChecked():
            return ExportChoices(missions, None, False, None, ODK_FORMAT)
        return ExportChoices(
            missions,
            self.password.text() or None,
            self.charts.isChecked(),
            self.labels.currentData(),
            PACKAGE_FORMAT,
        )

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _check(self) -> None:
        """Export only once both fields agree; the difference is said, not just greyed."""
        differ = self.password.text() != self.repeat.text() and not self.odk.isChecked()
        self.mismatch.setVisible(differ and bool(self.repeat.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not differ)
