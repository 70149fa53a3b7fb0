"""Runs one ``module:function`` with string arguments; prints its seconds and peak RSS in MB.

python -m bench.harness.child bench.package:export_task DB OUT
"""

from __future__ import annotations

import importlib
import resource
import sys
import time


def main(argv: list[str]) -> None:
    module_name, function_name = argv[0].split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    start = time.perf_counter()
    function(*argv[1:])
    print(time.perf_counter() - start, peak_kb() / 1024)


def peak_kb() -> float:
    """This process's own high-water RSS.

    Linux's ``ru_maxrss`` keeps the parent's peak across fork and exec, so a
    child started by a large benchmark would report the benchmark's size;
    ``VmHWM`` belongs to the child's own address space.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main(sys.argv[1:])
