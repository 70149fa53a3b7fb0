"""Writing the Excel package: one streaming pass over a database snapshot.

openpyxl's write-only mode keeps one temporary file per sheet, so rows of
the form sheets, repeat sheets, wheel sheet, audit log and the packed
canonical records (``exports.package.packed``) are appended side by side
while each submission is read once; memory stays flat however many
submissions there are.  The finished workbook goes through
``package_atomic`` (and ``package_crypto`` when a password is given), so
the target is the old file or the whole new one, never half of one.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import datetime as dt
import io
import math
import platform
import threading
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from exports.package import content
from exports.package.cells import cell_value, encode_field, is_formula_like, sheet_name
from exports.package.crypto import encrypt
from exports.package.device_key import SigningKey, installation_key
from exports.package.engagement_sheets import add_engagement_sheets
from exports.package.layout import (
    DERIVED_TYPES,
    LABELS_KEY,
    RowBuilder,
    build_layouts,
    choice_labels,
    form_language,
    layout_records,
    submission_id,
)
from exports.package.packed import DATA_SHEET, HEADER, Packer
from exports.package.printing import (
    DEFAULT_WIDTH,
    PROSE_ALIGNMENT,
    column_width,
    data_widths,
    folded_columns,
    is_prose,
    pages_down,
    print_legibly,
    row_height,
)
from exports.package.readable import (
    ABOUT_SHEET,
    AUDIT_HEADER,
    AUDIT_SHEET,
    CHANGES_HEADER,
    CHANGES_SHEET,
    CHANGES_WIDTHS,
    CODEBOOK_LABEL_WIDTH,
    CODEBOOK_SHEET,
    CODEBOOK_WIDTHS,
    FOLDED_CODEBOOK_TYPES,
    WHEEL_SHEET,
    ChangeSummary,
    ExportInfo,
    about_rows,
    audit_row,
    codebook_header,
    codebook_languages,
    codebook_rows,
)
from exports.package.signing import sign_manifest
from exports.package.wheel_sheet import TIDY_FOLDED, TIDY_HEADER, TIDY_WIDTHS, wheel_sections
from exports.shared.atomic import atomic_output
from forms.errors import QT_TRANSLATE_NOOP, Cancelled, UserError
from storage.database import Database, utc_now
from storage.editing import parse_stored_form
from storage.validation import country_name

DATE_FORMAT = "yyyy-mm-dd"
_REMEMBERED = 100_000
"""Readable texts remembered per export: bounded, so memory stays flat."""
AUDIT_ROWS = 200_000
"""Rows per readable audit sheet, header included: 200,000 rows of 7 cells keep a sheet's
XML well under the 256 MB one part of a package may hold (and its 5 M cells)."""

Progress = Callable[[int, int, str], None]
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")
LINE_HEIGHT = 15
"""Points per line of 11-point text: the header row's height is set, readers do not grow it."""
CHART_SCALE = 0.64
"""Charts at two thirds: two side by side span the wheel table's width."""
CHART_COLUMN = "E"
"""Where the second chart of a pair starts: past the first chart, within the table's width."""
PIXELS_PER_ROW = 20
"""A default row's height on screen (15 points)."""


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    package_uuid: str
    missions: int
    submissions: int
    answers: int
    audit_entries: int


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fieldwheel")
    except PackageNotFoundError:
        return "unknown"


def export_package(
    db: Database,
    path: str | Path,
    *,
    missions: Sequence[str] | None = None,
    password: str | None = None,
    by: str = "",
    charts: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    signing_key: SigningKey | None = None,
    labels: str | None = None,
) -> ExportSummary:
    """Write the missions (all when ``missions`` is None) as one package at ``path``.

    With ``labels`` (a form language: ``French (fr)``, ``French`` or ``fr``) the
    data sheets show question and choice labels in it instead of names.

    The manifest is signed with ``signing_key``, by default this installation's.
    """
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise UserError(
            "package-bad-suffix",
            QT_TRANSLATE_NOOP("UserError", "A package is an .xlsx file, not {name}."),
            name=target.name,
        )
    if target.is_dir():
        raise UserError(
            "package-is-folder",
            QT_TRANSLATE_NOOP("UserError", "{target} is a folder; give a file name."),
            target=target,
        )
    db.check_integrity()  # a damaged database must not travel as a trustworthy package
    info = ExportInfo(
        package_uuid=str(uuidlib.uuid4()),
        created_at=utc_now(),
        created_by=by.strip() or db.author() or _user(),
        device_uuid=db.device_uuid,
        device_name=platform.node() or "unknown",
        app_version=app_version(),
    )
    key = signing_key or installation_key()
    with content.snapshot(db) as connection:
        writer = _PackageWriter(connection, info, charts, progress, cancel, key)
        writer.labels = labels
        try:
            workbook = writer.build(missions)
            add_engagement_sheets(workbook, db, missions)
            with atomic_output(target) as output:
                if password:
                    plain = io.BytesIO()
                    workbook.save(plain)
                    encrypt(plain, password, output.stream)
                else:
                    workbook.save(output.stream)
        except BaseException:
            writer.abandon()
            raise
    return writer.summary(target)


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class _PackageWriter:
    """The state of one export: the workbook, its sheets, the running hash and counts."""

    def __init__(self, connection, info: ExportInfo, charts, progress, cancel, key) -> None:
        self.key = key
        self.connection = connection
        self.info = info
        self.charts = charts
        self.progress = progress
        self.cancel = cancel
        self.workbook = Workbook(write_only=True)
        self.hash = content.ContentHash()
        self.packer = Packer(self.hash)
        self.counts = {"answers": 0, "audit": 0}
        self.sheets: dict[str, Any] = {}
        self.audit_sheets = [AUDIT_SHEET]
        self.changes = ChangeSummary()
        self.rows_written: dict[str, int] = {}
        self._prose_style: Any = None

        self.widths: dict[str, Sequence[float]] = {}
        self._texts: dict[str, str] = {}
        self.labels: str | None = None
        self.language: str | None = None

    def build(self, mission_uuids: Sequence[str] | None) -> Workbook:
        missions = content.select_missions(self.connection, mission_uuids)
        submissions = content.select_submissions(self.connection, [m[0] for m in missions])
        form_rows = content.select_forms(self.connection, {(s[2], s[3]) for s in submissions})
        forms = [parse_stored_form(_source(row), row[3]) for row in form_rows]
        self.mission_count = len(missions)
        self.submission_count = len(submissions)
        readable = (ABOUT_SHEET, CODEBOOK_SHEET, WHEEL_SHEET, AUDIT_SHEET, CHANGES_SHEET)
        taken = {name.lower() for name in readable}
        taken |= {table.sheet.lower() for table in content.TABLES} | {content.MANIFEST_SHEET}
        taken.add(DATA_SHEET)
        if self.labels:
            self.language = form_language(forms, self.labels)
        layouts = build_layouts(forms, taken, self.language)
        self.taken = taken
        sections = wheel_sections(forms, self.language)
        self.places = {m[0]: (m[0], m[2], country_name(m[1])) for m in missions}

        wheel_sheet, codebook, changes, audit, manifest = self._create_sheets(
            layouts, sections, forms, missions, submissions
        )

        self._canonical(content.FORMS, form_rows)
        self._canonical(content.MISSIONS, missions)
        self._canonical(content.SUBMISSIONS, submissions)
        self.forms = {(form.id, form.version): form for form in forms}
        self.calculating = {
            key
            for key, sheets in layouts.items()
            if any(column.type in DERIVED_TYPES for sheet in sheets for column in sheet.columns)
        }
        self._submissions(submissions, missions, layouts, sections, wheel_sheet)
        self._canonical(content.LAYOUT, layout_records(layouts))
        live = {s[0] for s in submissions}
        self._canonical(content.AUDIT, self._audit(audit, live))
        self._changes(changes, submissions, form_rows)
        languages = codebook_languages(forms)
        for form in forms:
            for row in codebook_rows(form, layouts[(form.id, form.version)], languages):
                self._append_codebook(codebook, row)
        if wheel_sheet is not None and self.charts:
            self._wheel_charts(wheel_sheet, sections)
        for cell in self.packer.finish():
            self.sheets[DATA_SHEET].append([cell])
        facts = self._signed_facts()
        for key, value in facts.items():
            manifest.append([key, *encode_field(value)])
        self._tick(self.submission_count, "saving")
        return self.workbook

    def _create_sheets(self, layouts, sections, forms, missions, submissions) -> tuple:
        """Every sheet in order, About filled; the others fill as the records stream."""
        # Data sheets first, as KoboToolbox's export has them; About opens first anyway.
        by_key = {(form.id, form.version): form for form in forms}
        lengths = content.answer_lengths(self.connection, [m[0] for m in missions])
        for key, sheets in layouts.items():
            longest = lengths.get(key, {})
            for layout in sheets:
                self._sheet(
                    layout.name,
                    header=layout.headers,
                    widths=data_widths(
                        layout.columns, by_key[key], longest, labels=bool(self.language)
                    ),
                    freeze=True,
                    folded=folded_columns(layout.columns, longest),
                )
        wheel_sheet = None
        if sections:
            wheel_sheet = self._sheet(
                WHEEL_SHEET,
                header=TIDY_HEADER,
                widths=TIDY_WIDTHS,
                freeze=True,
                folded=TIDY_FOLDED,
            )
        about = self._sheet(ABOUT_SHEET, widths=(24, 90))
        self.workbook.active = self.workbook.worksheets.index(about)
        about.sheet_view.tabSelected = True  # Excel opens the selected tab, LibreOffice the active
        counted = self._counts(submissions)
        rows = list(about_rows(self.info, missions, counted, [f.title for f in forms]))
        about.page_setup.fitToHeight = pages_down(len(rows))  # its lines together, not a tail
        for row in rows:
            self._append_readable(about, row)
        codebook_columns = codebook_header(codebook_languages(forms))
        codebook = self._sheet(
            CODEBOOK_SHEET,
            header=codebook_columns,
            widths=[CODEBOOK_WIDTHS.get(h, CODEBOOK_LABEL_WIDTH) for h in codebook_columns],
            freeze=True,
        )
        changes = self._sheet(
            CHANGES_SHEET,
            header=CHANGES_HEADER,
            widths=CHANGES_WIDTHS,
            freeze=True,
        )
        audit = self._sheet(
            AUDIT_SHEET,
            header=AUDIT_HEADER,
            widths=[column_width(h) for h in AUDIT_HEADER],
            freeze=True,
            hidden=True,
        )
        self._sheet(DATA_SHEET, header=[HEADER], hidden=True)
        manifest = self._sheet(content.MANIFEST_SHEET, header=["key", "value"], hidden=True)
        return wheel_sheet, codebook, changes, audit, manifest

    def _submissions(self, submissions, missions, layouts, sections, wheel_sheet) -> None:
        deleted_missions = {m[0] for m in missions if m[-1]}
        builder = RowBuilder(
            choice_labels(self.forms.values(), self.language) if self.language else None
        )
        for done, record in enumerate(submissions):
            self._tick(done, f"submission {done + 1} of {len(submissions)}")
            answers = content.answer_records(self.connection, record[0])
            self._canonical(content.ANSWERS, answers)
            self.counts["answers"] += len(answers)
            if record[9] or record[1] in deleted_missions:
                continue
            live = {row[1]: row[2] for row in answers if row[2] is not None}
            submission = dict(zip(content.SUBMISSIONS.columns, record, strict=True))
            key = (record[2], record[3])
            shown = {**self._calculated(key, record[0], live), **live}
            for row in builder.rows(layouts[key], submission, shown):
                sheet = self.sheets[row.sheet.name]
                self._append_readable(sheet, row.values)
            section = sections.get(key)
            if section is not None and wheel_sheet is not None:
                place = self.places[record[1]]
                for row in section.submission_rows(record[0], place, live, builder.shown):
                    self._append_readable(wheel_sheet, row, wrap=False)

    def _calculated(self, key, uuid: str, answers: dict[str, str]) -> dict[str, str]:
        """The calculations' values, computed from the answers as the ODK export does.

        They are shown in the data sheets (KoboToolbox exports them) but not
        packed: the canonical records keep only what people entered.
        """
        from forms.state.form_state import calculated_values

        if key not in self.calculating:
            return {}  # no calculation to show: no form state to build
        sizes = dict(
            self.connection.execute(
                "SELECT repeat_key, size FROM repeat_sizes WHERE submission_uuid=?", (uuid,)
            ).fetchall()
        )
        return calculated_values(self.forms[key], answers, sizes or None)

    def _wheel_charts(self, sheet, sections) -> None:
        """Each mission's chart under the table, two side by side.

        Beside the table a chart would widen the printout and shrink the table
        past reading; under it, the table prints at full width and the charts follow.
        """
        anchor_row = self.rows_written[sheet.title] + 2
        images = [Image(io.BytesIO(png)) for s in sections.values() for png in s.charts()]
        for pair in range(0, len(images), 2):
            rows = 0
            for image, column in zip(images[pair : pair + 2], ("A", CHART_COLUMN), strict=False):
                image.width, image.height = image.width * CHART_SCALE, image.height * CHART_SCALE
                sheet.add_image(image, f"{column}{anchor_row}")
                rows = max(rows, math.ceil(image.height / PIXELS_PER_ROW) + 1)
            anchor_row += rows

    def _audit(self, sheet, live: set[str]) -> Iterator[Sequence[str | None]]:
        """The audit records, each also written to the readable audit log as it passes.

        The log moves to a new sheet every ``AUDIT_ROWS`` rows: one sheet of a
        large mission's history would pass the cells a package may hold per sheet.
        """
        rows = 1
        for record in content.audit_records(self.connection, live):
            if rows == AUDIT_ROWS:
                name = sheet_name(f"{AUDIT_SHEET} {len(self.audit_sheets) + 1}", self.taken)
                sheet = self._sheet(
                    name,
                    header=AUDIT_HEADER,
                    widths=[column_width(h) for h in AUDIT_HEADER],
                    freeze=True,
                    hidden=True,
                )
                self.audit_sheets.append(name)
                rows = 1
            sheet.append([self._visible(sheet, value) for value in audit_row(record)])
            self.changes.add(record)
            rows += 1
            self.counts["audit"] += 1
            yield record

    def _changes(self, sheet, submissions, form_rows) -> None:
        """The Changes sheet: one line per exported submission that has a history."""
        titles = {(row[0], row[1]): row[2] for row in form_rows}
        shown = {
            record[0]: (
                submission_id(record[0]),
                titles.get((record[2], record[3]), record[2]),
                self.places[record[1]][2],
            )
            for record in submissions
        }
        for row in self.changes.rows(shown):
            self._append_readable(sheet, row)

    def _canonical(self, table: content.Table, records: Iterable[Sequence[str | None]]) -> None:
        sheet = self.sheets[DATA_SHEET]
        for cell in self.packer.add(table, records):
            sheet.append([cell])

    def _sheet(self, name, *, header=None, widths=(), freeze=False, hidden=False, folded=()):
        sheet = self.workbook.create_sheet(name)
        self.widths[name] = widths
        self.rows_written[name] = 1 if header else 0
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        if freeze:
            sheet.freeze_panes = "A2"
        if hidden:
            sheet.sheet_state = "hidden"
        else:
            print_legibly(
                sheet,
                widths or [DEFAULT_WIDTH] * len(header or ()),
                header=bool(header),
                folded=folded,
            )
        if header:
            lines = max(
                math.ceil(len(str(h)) / (w - 1))
                for h, w in zip(header, widths or [40] * len(header), strict=False)
            )
            sheet.row_dimensions[1].height = LINE_HEIGHT * max(1, lines)
            sheet.append([self._header_cell(sheet, value) for value in header])
        self.sheets[name] = sheet
        return sheet

    def _header_cell(self, sheet, value: Any) -> Any:
        """A header cell that wraps, so a long path shows whole above a narrower column."""
        shown = self._visible(sheet, value)
        cell = shown if isinstance(shown, Cell) else WriteOnlyCell(sheet, value=shown)
        cell.alignment = HEADER_ALIGNMENT
        return cell

    def _append_codebook(self, sheet, row: Sequence[Any]) -> None:
        """A codebook row; the row of a column folded away on its sheet is folded too."""
        index = self.rows_written[sheet.title] = self.rows_written[sheet.title] + 1
        folded = row[-1] in FOLDED_CODEBOOK_TYPES
        if folded:
            sheet.row_dimensions[index].outlineLevel = 1
            sheet.row_dimensions[index].hidden = True
        sheet.append([self._visible(sheet, value) for value in row])
        if folded:
            del sheet.row_dimensions[index]

    def _append_readable(self, sheet, values: Sequence[Any], *, wrap: bool = True) -> None:
        """A row of a sheet people read: long sentences wrap, the row grows to show them."""
        index = self.rows_written[sheet.title] = self.rows_written.get(sheet.title, 0) + 1
        if not wrap:
            sheet.append([self._visible(sheet, value) for value in values])
            return
        height = row_height(values, self.widths[sheet.title])
        if height is not None:
            sheet.row_dimensions[index].height = height
        sheet.append([self._readable(sheet, value) for value in values])
        if height is not None:
            del sheet.row_dimensions[index]  # written: keep memory flat

    def _readable(self, sheet, value: Any) -> Any:
        """A cell a person reads on paper: sentences wrap within their column."""
        if is_prose(value):
            cell = self._visible(sheet, value)
            if isinstance(cell, Cell):
                cell.alignment = PROSE_ALIGNMENT
                return cell
            cell = WriteOnlyCell(sheet, value=cell)
            if self._prose_style is None:
                cell.alignment = PROSE_ALIGNMENT
                self._prose_style = copy.copy(cell._style)
            else:  # the same style for every sentence: no style lookup per cell
                cell._style = copy.copy(self._prose_style)
            return cell
        return self._visible(sheet, value)

    def _visible(self, sheet, value: Any) -> Any:
        """A readable cell: formula-like text as a string cell, dates with a date format.

        Plain short texts repeat (stamps, names, uuids, paths, choices), so their
        readable form is remembered, up to ``_REMEMBERED`` of them.
        """
        if type(value) is str:
            known = self._texts.get(value)
            if known is not None:
                return known
            text = cell_value(value)
            if is_formula_like(text):
                return self._formula_like(sheet, text)
            if len(value) <= 64 and len(self._texts) < _REMEMBERED:
                self._texts[value] = text
            return text
        value = cell_value(value)
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATE_FORMAT
            return cell
        return value

    @staticmethod
    def _formula_like(sheet, text: str) -> WriteOnlyCell:
        """Text a spreadsheet would run as a formula, as a plain string cell."""
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell

    def _counts(self, submissions) -> dict[str, int]:
        live = [s for s in submissions if not s[9]]
        return {
            "Missions": self.mission_count,
            "Submissions": len(live),
            "Complete submissions": sum(s[4] == "complete" for s in live),
        }

    def _signed_facts(self) -> dict[str, str]:
        """The manifest: facts, this installation's public key, the content hash, the signature."""
        facts = self._manifest_facts()
        facts[content.PUBLIC_KEY_KEY] = base64.b64encode(self.key.public_key).decode("ascii")
        facts[content.HASH_KEY] = self.hash.hexdigest(facts)
        sign_manifest(facts, self.key)
        return facts

    def _manifest_facts(self) -> dict[str, str]:
        return {
            "format": content.PACKAGE_FORMAT,
            "schema_version": str(content.PACKAGE_SCHEMA),
            "package_uuid": self.info.package_uuid,
            "created_at": self.info.created_at,
            "created_by": self.info.created_by,
            "device_uuid": self.info.device_uuid,
            "device_name": self.info.device_name,
            "app_version": self.info.app_version,
            "missions": str(self.mission_count),
            "submissions": str(self.submission_count),
            "answers": str(self.counts["answers"]),
            "audit_entries": str(self.counts["audit"]),
            **({LABELS_KEY: self.language} if self.language else {}),
        }

    def _tick(self, done: int, label: str) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled
        if self.progress is not None:
            self.progress(done, self.submission_count, label)

    def abandon(self) -> None:
        """Finish each sheet's temporary file so nothing is left writing after a failure."""
        for sheet in self.workbook.worksheets:
            with contextlib.suppress(Exception):
                sheet.close()

    def summary(self, target: Path) -> ExportSummary:
        return ExportSummary(
            target,
            self.info.package_uuid,
            self.mission_count,
            self.submission_count,
            self.counts["answers"],
            self.counts["audit"],
        )


def _source(row: Sequence[Any]) -> bytes:
    return base64.b64decode(row[4])
