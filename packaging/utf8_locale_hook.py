"""Run-time hook of the bundle: a UTF-8 character locale when the system gives plain "C".

Python started from the command line does this itself (PEP 538 locale coercion);
a frozen program does not, and Qt then warns on every start and may misread file
names.  A laptop set up with no locale at all, or a program launched with an
empty environment, gets ``C.UTF-8``, which every current glibc has built in.
"""

import locale
import os
import sys


def _coerce_c_locale() -> None:
    if sys.platform != "linux" or os.environ.get("LC_ALL"):
        return
    try:
        if locale.setlocale(locale.LC_CTYPE, "") not in {"C", "POSIX"}:
            return
    except locale.Error:  # a locale named but not installed: Qt's own warning says so
        return
    os.environ["LC_CTYPE"] = "C.UTF-8"
    locale.setlocale(locale.LC_CTYPE, "C.UTF-8")


_coerce_c_locale()
