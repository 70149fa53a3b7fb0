"""The ``--format odk`` branches of ``export`` and ``import`` (their parsers: package.cli)."""

from __future__ import annotations

import argparse

from forms.errors import QT_TRANSLATE_NOOP, UserError


def export_odk(args: argparse.Namespace) -> int:
    """``export (--mission UUID | --all) --format odk --out DIR``."""
    from exports.odk.briefcase import export_briefcase
    from exports.shared.plural import counted

    if args.password_file is not None:
        raise UserError(
            "odk-no-password",
            QT_TRANSLATE_NOOP(
                "UserError",
                "An ODK Briefcase folder cannot be encrypted; leave out --password-file.",
            ),
        )
    with args.open_database() as db:
        summary = export_briefcase(db, args.out, None if args.all else args.mission)
    print(
        f"{summary.folder}: {counted(summary.forms, 'form')}, "
        f"{counted(summary.submissions, 'submission')} in ODK Briefcase's layout."
    )
    return 0


def import_odk(args: argparse.Namespace) -> int:
    """``import --format odk DIR --mission UUID``."""
    from exports.odk.importing import import_briefcase

    if not args.mission:
        raise UserError(
            "odk-needs-mission",
            QT_TRANSLATE_NOOP(
                "UserError", "Say which mission the submissions join with --mission UUID."
            ),
        )
    with args.open_database() as db:
        for folder in args.files:
            print(import_briefcase(db, folder, args.mission).summary)
    return 0
