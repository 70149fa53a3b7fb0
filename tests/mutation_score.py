"""Print the share of mutants killed from mutmut's stats (``make mutation`` runs it).

Kept apart from mutmut's own report so the one figure the README quotes is
printed the same way every time: killed over all mutants that were run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(stats_path: str = "mutants/mutmut-cicd-stats.json") -> int:
    """Print the killed share and each kind of non-kill; non-zero when nothing ran."""
    stats = json.loads(Path(stats_path).read_text(encoding="utf-8"))
    total = stats["total"]
    if not total:
        print("no mutants were run", file=sys.stderr)
        return 1
    killed = stats["killed"]
    others = ", ".join(
        f"{kind.replace('_', ' ')} {stats[kind]}"
        for kind in ("survived", "no_tests", "timeout", "suspicious", "skipped", "segfault")
    )
    print(f"mutants killed: {killed} of {total} = {100 * killed / total:.1f} % ({others})")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
