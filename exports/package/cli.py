"""The package commands: ``export``, ``import``, ``conflicts`` (and ``devices``).

``main`` registers them through ``_command_modules``; each handler opens the
database given by ``--db`` and raises ``UserError`` for anything a person can
fix, which ``main`` prints as one sentence.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exports.package.devices_cli import register_devices
from forms.errors import QT_TRANSLATE_NOOP, UserError


def register(commands: argparse._SubParsersAction) -> None:
    _register_export(commands)
    _register_import(commands)
    register_devices(commands)
    _register_conflicts(commands)


def _register_export(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="write missions as one Excel package")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--mission", action="append", metavar="UUID", help="mission to export")
    which.add_argument("--all", action="store_true", help="export every mission")
    export.add_argument(
        "--out", type=Path, required=True, metavar="FILE.xlsx", help="the package to write"
    )
    export.add_argument(
        "--password-file", type=Path, metavar="F", help="encrypt with this password"
    )
    export.add_argument("--by", default="", metavar="NAME", help="who exports (default: login)")
    export.add_argument(
        "--labels",
        metavar="LANG",
        help="headers and choices as labels in this form language (fr, French); default names",
    )
    export.add_argument(
        "--format", choices=("package", "odk"), default="package",
        help="odk: an ODK Briefcase folder (--out DIR) of submission XML",
    )  # fmt: skip
    export.set_defaults(handler=_export)


def _register_import(commands: argparse._SubParsersAction) -> None:
    imports = commands.add_parser("import", help="import and merge Excel packages")
    imports.add_argument("files", nargs="+", type=Path, metavar="FILE", help="packages to merge")
    imports.add_argument(
        "--password-file", type=Path, metavar="F", help="file holding the package's password"
    )
    imports.add_argument(
        "--accept-edits",
        action="store_true",
        help="take cells edited by hand in the spreadsheet as edits by --by",
    )
    imports.add_argument("--by", metavar="NAME", help="whose hand edits they are")
    imports.add_argument(
        "--allow-unsigned",
        action="store_true",
        help="accept packages without a signature (from before signing); the report marks them",
    )
    imports.add_argument(
        "--require-known-device",
        action="store_true",
        help="refuse packages from devices not already known (see 'devices trust')",
    )
    imports.add_argument(
        "--format", choices=("package", "odk"), default="package",
        help="odk: folders of ODK Collect, Briefcase or Kobo submission XML",
    )  # fmt: skip
    imports.add_argument("--mission", metavar="UUID", help="with --format odk: the mission to join")
    imports.set_defaults(handler=_import)


def _register_conflicts(commands: argparse._SubParsersAction) -> None:
    conflicts = commands.add_parser("conflicts", help="list or resolve import conflicts")
    conflicts.add_argument(
        "--resolve", type=int, metavar="ID", help="the conflict to settle (see the list)"
    )
    conflicts.add_argument(
        "--choose", choices=("local", "package"), help="keep our value or take the package's"
    )
    conflicts.add_argument("--value", metavar="TEXT", help="resolve with this value instead")
    conflicts.add_argument("--by", metavar="NAME", help="who decides (kept in the audit log)")
    conflicts.set_defaults(handler=_conflicts)


def _password(path: Path | None) -> str | None:
    if path is None:
        return None
    from exports.package.safety import read_password_file

    return read_password_file(path)


def _export(args: argparse.Namespace) -> int:
    if args.format == "odk":
        from exports.odk.commands import export_odk

        return export_odk(args)
    from exports.package.write import export_package
    from exports.shared.plural import counted

    with args.open_database() as db:
        summary = export_package(
            db,
            args.out,
            missions=None if args.all else args.mission,
            password=_password(args.password_file),
            by=args.by,
            labels=args.labels,
        )
    print(
        f"{summary.path}: {counted(summary.missions, 'mission')}, "
        f"{counted(summary.submissions, 'submission')}, "
        f"{counted(summary.answers, 'answer')}, "
        f"{counted(summary.audit_entries, 'audit entry', 'audit entries')}."
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    if args.format == "odk":
        from exports.odk.commands import import_odk

        return import_odk(args)
    from exports.package.devices import DevicePolicy
    from exports.package.importing import import_package

    if args.accept_edits and not args.by:
        raise UserError(
            "edits-need-name",
            QT_TRANSLATE_NOOP("UserError", "Say whose edits these are with --by NAME."),
        )
    password = _password(args.password_file)
    policy = DevicePolicy(args.allow_unsigned, args.require_known_device)
    with args.open_database() as db:
        for path in args.files:
            report = import_package(
                db,
                path,
                password=password,
                accept_edits_by=args.by if args.accept_edits else None,
                policy=policy,
            )
            print(report.summary)
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from storage.conflicts import list_conflicts, resolve_conflict

    with args.open_database() as db:
        if args.resolve is not None:
            if (args.choose is None) == (args.value is None) or not args.by:
                raise UserError(
                    "conflict-needs-choice",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "Resolve with either --choose local|package or --value TEXT, and --by "
                        "NAME.",
                    ),
                )
            conflict = resolve_conflict(
                db, args.resolve, args.choose or "value", by=args.by, value=args.value
            )
            print(
                f"Conflict {conflict.id} resolved: {conflict.path} = {conflict.resolved_value!r}."
            )
            return 0
        conflicts = list_conflicts(db)
    if not conflicts:
        print("No conflicts to resolve.")
    for c in conflicts:
        print(
            f"{c.id}  {c.submission_uuid}  {c.path}\n"
            f"    local:   {c.local_value!r} ({c.local_updated_by}, {c.local_updated_at})\n"
            f"    package: {c.package_value!r} ({c.package_updated_by}, {c.package_updated_at})"
        )
    return 0
