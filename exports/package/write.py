"""Writing the Excel package: one streaming pass over a database snapshot.

XlsxWriter's constant-memory mode keeps one temporary file per sheet
(``sheet_writer``), so rows of the form sheets, repeat sheets, wheel sheet,
audit log and the packed canonical records (``exports.package.packed``) are
appended side by side while each submission is read once; memory stays
flat however many submissions there are.  The workbook is written through
``exports.shared.atomic`` (encrypted by ``crypto`` when a password is
given), so the target is the old file or the whole new one, never half of
one, and the sheets' temporary files live in a folder removed on any failure.
"""

from __future__ import annotations

import base64
import contextlib
import io
import math
import platform
import tempfile
import threading
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exports.package import content
from exports.package.cells import encode_field, sheet_name
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
    column_width,
    data_widths,
    folded_columns,
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
from exports.package.sheet_writer import Sheet, Styles
from exports.package.signing import sign_manifest
from exports.package.wheel_sheet import TIDY_FOLDED, TIDY_HEADER, TIDY_WIDTHS, wheel_sections
from exports.shared.atomic import atomic_output
from forms.errors import QT_TRANSLATE_NOOP, Cancelled, UserError
from storage.database import Database, utc_now
from storage.editing import parse_stored_form
from storage.validation import country_name

AUDIT_ROWS = 200_000
"""Rows per readable audit sheet, header included: 200,000 rows of 7 cells keep a sheet's
XML well under the 256 MB one part of a package may hold (and its 5 M cells)."""

Progress = Callable[[int, int, str], None]
LINE_HEIGHT = 15
"""Points per line of 11-point text: the header row's height is set, readers do not grow it."""
CHART_SCALE = 0.64
"""Charts at two thirds: two side by side span the wheel table's width."""
CHART_COLUMN = 4
"""Where the second chart of a pair starts: past the first chart, within the table's width."""
PIXELS_PER_ROW = 20
"""A default row's height on screen (15 points)."""
SCREEN_DPI = 96
"""XlsxWriter shrinks an image by 96 / its dpi; the charts keep their pixels, as before."""


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
    with content.snapshot(db) as connection, atomic_output(target) as output:
        plain = io.BytesIO() if password else None
        with tempfile.TemporaryDirectory(
            prefix="fieldwheel-export-", ignore_cleanup_errors=True
        ) as scratch:
            writer = _PackageWriter(connection, info, charts, progress, cancel, key)
            writer.labels = labels
            writer.write(output.stream if plain is None else plain, scratch, db, missions)
        if plain is not None:
            encrypt(plain, password, output.stream)
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
        self.workbook: Any = None
        self.styles: Styles
        self.hash = content.ContentHash()
        self.packer = Packer(self.hash)
        self.counts = {"answers": 0, "audit": 0}
        self.sheets: dict[str, Sheet] = {}
        self.audit_sheets = [AUDIT_SHEET]
        self.changes = ChangeSummary()
        self.labels: str | None = None
        self.language: str | None = None

    def write(self, stream, scratch: str, db: Database, missions: Sequence[str] | None) -> None:
        """The whole workbook into ``stream``, each sheet's rows first in ``scratch``."""
        import xlsxwriter

        self.workbook = xlsxwriter.Workbook(stream, {"constant_memory": True, "tmpdir": scratch})
        self.workbook.use_zip64()  # as openpyxl's zip: a part past 4 GB is refused on reading
        self.styles = Styles(self.workbook)
        try:
            self.build(missions)
            add_engagement_sheets(self.workbook, self.styles, db, missions)
            _close(self.workbook)
        except BaseException:
            self.abandon()
            raise

    def build(self, mission_uuids: Sequence[str] | None) -> None:
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
            self.sheets[DATA_SHEET].append_raw([cell])
        facts = self._signed_facts()
        for key, value in facts.items():
            manifest.append_raw([key, *encode_field(value)])
        self._tick(self.submission_count, "saving")

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
        counted = self._counts(submissions)
        rows = list(about_rows(self.info, missions, counted, [f.title for f in forms]))
        # Its lines together on as few pages as they fill, not a tail on a page of its own.
        about = self._sheet(ABOUT_SHEET, widths=(24, 90), pages=pages_down(len(rows)))
        about.worksheet.activate()  # active and selected: what Excel and LibreOffice open
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
        from xlsxwriter.image import Image

        anchor_row = sheet.rows + 1  # one empty row under the table
        images = [Image(io.BytesIO(png)) for s in sections.values() for png in s.charts()]
        for pair in range(0, len(images), 2):
            rows = 0
            for image, column in zip(images[pair : pair + 2], (0, CHART_COLUMN), strict=False):
                scale = {
                    "x_scale": CHART_SCALE * image.x_dpi / SCREEN_DPI,
                    "y_scale": CHART_SCALE * image.y_dpi / SCREEN_DPI,
                }
                sheet.worksheet.insert_image(anchor_row, column, image, scale)
                rows = max(rows, math.ceil(image.height * CHART_SCALE / PIXELS_PER_ROW) + 1)
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
            sheet.append(audit_row(record))
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
            sheet.append_raw([cell])

    def _sheet(
        self, name, *, header=None, widths=(), freeze=False, hidden=False, folded=(), pages=0
    ) -> Sheet:
        sheet = Sheet(self.workbook.add_worksheet(name), self.styles, widths)
        sheet.set_columns(widths, folded)
        if freeze:
            sheet.worksheet.freeze_panes(1, 0)
        if hidden:
            sheet.worksheet.hide()
        else:
            print_legibly(
                sheet.worksheet,
                widths or [DEFAULT_WIDTH] * len(header or ()),
                header=bool(header),
                folded=folded,
                pages_down=pages,
            )
        if header:
            # A header wraps, so a long path shows whole above a narrower column.
            lines = max(
                math.ceil(len(str(h)) / (w - 1))
                for h, w in zip(header, widths or [40] * len(header), strict=False)
            )
            sheet.append(header, height=LINE_HEIGHT * max(1, lines), every=self.styles.wrapped)
        self.sheets[name] = sheet
        return sheet

    @staticmethod
    def _append_codebook(sheet: Sheet, row: Sequence[Any]) -> None:
        """A codebook row; the row of a column folded away on its sheet is folded too."""
        sheet.append(row, folded=row[-1] in FOLDED_CODEBOOK_TYPES)

    @staticmethod
    def _append_readable(sheet: Sheet, values: Sequence[Any], *, wrap: bool = True) -> None:
        """A row of a sheet people read: long sentences wrap, the row grows to show them."""
        if not wrap:
            sheet.append(values)
            return
        sheet.append(values, wrap=True, height=row_height(values, sheet.widths))

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
        """Close each sheet's temporary file, so the folder holding them can go."""
        for worksheet in self.workbook.worksheets() if self.workbook is not None else ():
            with contextlib.suppress(Exception):
                worksheet._opt_close()  # what XlsxWriter's own close() does with them

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


def _close(workbook: Any) -> None:
    """Assemble and zip the workbook; a failing disk raises its own OSError, as any write."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        workbook.close()
    except FileCreateError as error:  # XlsxWriter wraps every OSError of close() in it
        cause = error.args[0] if error.args else None
        if isinstance(cause, OSError):
            raise cause from error
        raise
