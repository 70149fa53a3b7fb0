"""Time spent on each priority: the room's scarcest resource, counted for the facilitator.

The clock runs for the priority that is selected; moving to another one
pauses it and resumes that one's, so going back to a priority adds to its
time.  Times live in memory for the meeting, keyed by row (re-ranking moves
them with the row).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal


def clock(seconds: int) -> str:
    minutes, seconds = divmod(max(0, seconds), 60)
    return f"{minutes:02d}:{seconds:02d}"


class ItemTimer(QObject):
    """Seconds per row, ticking for the current one.

    Signals:
        ticked(int, int): current row, its seconds so far.
    """

    ticked = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spent: dict[int, int] = {}
        """Milliseconds of rows not running now."""
        self.row = -1
        self._running = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._announce)
        self._tick.start()

    def seconds(self, row: int) -> int:
        running = self._running.elapsed() if row == self.row and self._running.isValid() else 0
        return (self.spent.get(row, 0) + running) // 1000

    def follow(self, row: int) -> None:
        """Row ``row`` is now the one being discussed (-1: none)."""
        if row == self.row:
            return
        self._pause()
        self.row = row
        if row >= 0:
            self._running.start()
        self._announce()

    def swap(self, first: int, second: int) -> None:
        """Two rows changed places (re-ranking); their times go with them."""
        self._pause()
        self.spent[first], self.spent[second] = self.spent.get(second, 0), self.spent.get(first, 0)
        self.row = {first: second, second: first}.get(self.row, self.row)
        if self.row >= 0:
            self._running.start()

    def _pause(self) -> None:
        if self.row >= 0 and self._running.isValid():
            self.spent[self.row] = self.spent.get(self.row, 0) + self._running.elapsed()
            self._running.invalidate()

    def _announce(self) -> None:
        self.ticked.emit(self.row, self.seconds(self.row) if self.row >= 0 else 0)
