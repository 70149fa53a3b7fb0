"""A priority's vote count: shares of the votes cast, and the check against the room.

Percentages are of the votes cast (for + against + abstain), as a chair
announces them; the check is against the attendees present, because more
votes than people in the room means a miscount the facilitator must fix
while everyone is still there.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tally:
    """Votes for, against and abstaining; None where nothing was entered."""

    for_: int | None = None
    against: int | None = None
    abstain: int | None = None

    @classmethod
    def from_answers(cls, for_: str | None, against: str | None, abstain: str | None) -> Tally:
        """A tally from stored answers; text that is not a whole number counts as not entered."""
        return cls(_count(for_), _count(against), _count(abstain))

    @property
    def counts(self) -> tuple[int | None, int | None, int | None]:
        return self.for_, self.against, self.abstain

    @property
    def cast(self) -> int:
        return sum(count or 0 for count in self.counts)

    @property
    def entered(self) -> bool:
        return any(count is not None for count in self.counts)

    def shares(self) -> tuple[float, float, float] | None:
        """Each count's share of the votes cast (0..1), or None when none were cast."""
        cast = self.cast
        if cast == 0:
            return None
        for_, against, abstain = ((count or 0) / cast for count in self.counts)
        return for_, against, abstain

    def percentages(self) -> tuple[int, int, int] | None:
        """Whole percentages that add up to 100 (largest remainders get the rounding)."""
        shares = self.shares()
        if shares is None:
            return None
        exact = [share * 100 for share in shares]
        whole = [int(value) for value in exact]
        order = sorted(range(3), key=lambda i: exact[i] - whole[i], reverse=True)
        for index in order[: 100 - sum(whole)]:
            whole[index] += 1
        return whole[0], whole[1], whole[2]

    def problem(self, present: int) -> str | None:
        """Why these votes cannot be right with ``present`` people in the room, or None.

        Nothing is checked while nobody is recorded as present: the list is
        often typed after the first votes.
        """
        if present <= 0 or self.cast <= present:
            return None
        return (
            f"{self.cast} votes were counted but only {present} "
            f"{'attendee is' if present == 1 else 'attendees are'} present."
        )


def _count(text: str | None) -> int | None:
    if text is None or not text.strip().isdigit():
        return None
    return int(text)
