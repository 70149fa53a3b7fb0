"""Run as a script: export packages to one path in a loop until killed (see test_package_files)."""

from __future__ import annotations

import sys
from pathlib import Path


def main(database: str, target: str) -> None:
    from exports.package.write import export_package
    from storage import Database

    with Database(database) as db:
        while True:
            print("exporting", flush=True)
            export_package(db, Path(target), charts=False)
            print("exported", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
