"""The pledge map: what was pledged to each building block, and which priorities nobody took.

Partner2Connect maps pledges (who commits what, how much, to which block
and strategic priority) against the priorities a validation workshop kept.
A block scored low on the wheel with no pledge is what HQ must see first,
so each block carries its wheel score (the Wheel tab's own numbers) beside
its pledges.

Rules, each for a reason:
- Amounts add up per currency and never across currencies: the register
  holds USD, EUR, CHF, local currency and others, and no exchange rate is
  part of the record.
- A withdrawn pledge is counted as withdrawn, not as a commitment: it adds
  no amount and covers no priority.
- The workshop's *validated* priorities are those the room validated or
  validated with modifications; rejected and deferred ones ask nothing of
  pledgers.
- A pledge covers the validated priorities of its block; when its strategic
  priority names one of those priorities (same words, case and spacing
  aside), it covers only that one.  A validated priority no pledge covers is
  a gap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from exports.engagement.sources import (
    FilledForm,
    block_wheel,
    filled_forms,
    mission_scores,
    number,
)
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.wheel.scores import WheelScores
from forms.wheel.structure import Wheel
from storage.database import Database
from storage.records import Mission

WITHDRAWN = "withdrawn"
VALIDATED_OUTCOMES = ("validated", "modified")
LOCAL_CURRENCY = "local currency"
WEAK_BELOW = 3.0
"""A block scored below level 3 (Developing) is weak: it needs support most."""


@dataclass(frozen=True)
class Pledge:
    """One row of a pledge register, answers as the register holds them."""

    submission_uuid: str
    position: int
    ref: str
    pledger: str
    pledger_type: str | None
    focus: str | None
    block: str | None
    strategic_priority: str
    description: str
    amount: float | None
    currency: str | None
    """``USD``, ``EUR``, ``CHF``, ``local currency`` or the code typed for another one."""
    in_kind: str
    status: str | None
    start_date: str | None
    end_date: str | None
    beneficiaries: int | None

    @property
    def active(self) -> bool:
        """Counts as a commitment: not withdrawn."""
        return self.status != WITHDRAWN


@dataclass(frozen=True)
class Amount:
    """The total of active pledges in one currency, and how many pledges it adds up."""

    currency: str
    total: float
    pledges: int


@dataclass(frozen=True)
class Priority:
    """A priority from a validation workshop, with what the room decided."""

    submission_uuid: str
    position: int
    title: str
    block: str | None
    outcome: str | None
    rank: int | None
    agreed_kpi: str
    owner: str
    due_date: str | None

    @property
    def validated(self) -> bool:
        return self.outcome in VALIDATED_OUTCOMES


@dataclass(frozen=True)
class PriorityMatch:
    """A validated priority and the active pledges that cover it (none: a gap)."""

    priority: Priority
    pledges: tuple[Pledge, ...]

    @property
    def gap(self) -> bool:
        return not self.pledges


@dataclass(frozen=True)
class BlockPledges:
    """One building block: its wheel score and everything pledged to it.

    ``pledges`` counts active pledges; ``withdrawn`` the withdrawn ones;
    ``statuses`` and ``pledger_types`` count both, as (name, count) in
    descending count.  ``score`` is None when the diagnostic has no score
    for the block (or the mission has no diagnostic): missing, not zero.
    """

    block: str
    pillar: str
    score: float | None
    pledges: int
    withdrawn: int
    amounts: tuple[Amount, ...]
    in_kind: int
    pledger_types: tuple[tuple[str, int], ...]
    statuses: tuple[tuple[str, int], ...]
    priorities: int
    gaps: int

    @property
    def weak_unpledged(self) -> bool:
        """Scored below ``WEAK_BELOW`` and no active pledge: what the map must make stand out."""
        return self.score is not None and self.score < WEAK_BELOW and self.pledges == 0


@dataclass(frozen=True)
class PledgeMap:
    """A mission's pledges per building block, its validated priorities and their gaps."""

    mission: Mission
    wheel: Wheel
    scores: WheelScores | None
    blocks: tuple[BlockPledges, ...]
    pledges: tuple[Pledge, ...]
    priorities: tuple[PriorityMatch, ...]
    registers: int
    workshops: int

    @property
    def gaps(self) -> tuple[PriorityMatch, ...]:
        """Validated priorities nobody pledged to, in rank order."""
        return tuple(match for match in self.priorities if match.gap)

    @property
    def totals(self) -> tuple[Amount, ...]:
        """Active pledges' amounts per currency over the whole mission."""
        return _amounts(p for p in self.pledges if p.active)

    def block(self, name: str) -> BlockPledges:
        return next(block for block in self.blocks if block.block == name)


def pledge_map(db: Database, mission_uuid: str) -> PledgeMap:
    """Read the mission's pledge registers and workshops and map them onto the wheel."""
    mission = db.mission(mission_uuid)
    registers = filled_forms(db, mission, "pledge_block")
    workshops = filled_forms(db, mission, "priority_block")
    if not registers:
        raise UserError(
            "no-pledge-register",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The mission {mission!r} has no pledge register yet; fill a P2C pledge "
                "register first.",
            ),
            mission=mission.title,
        )
    combined = mission_scores(db, mission_uuid)
    wheel = combined.wheel if combined else block_wheel(registers)
    if wheel is None:
        raise UserError(
            "no-wheel-blocks",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The pledge register of {mission!r} does not declare the wheel's blocks.",
            ),
            mission=mission.title,
        )
    pledges = tuple(pledge for filled in registers for pledge in _pledges(filled))
    matches = _match(_validated(workshops), pledges)
    scores = combined.current if combined else None
    return PledgeMap(
        mission=mission,
        wheel=wheel,
        scores=scores,
        blocks=tuple(_block(b.name, b.pillar, scores, pledges, matches) for b in wheel.blocks),
        pledges=pledges,
        priorities=matches,
        registers=len(registers),
        workshops=len(workshops),
    )


def _pledges(filled: FilledForm) -> list[Pledge]:
    found = []
    for position, row in enumerate(filled.rows(), start=1):
        amount = number(row.get("amount"))
        beneficiaries = number(row.get("beneficiaries"))
        found.append(
            Pledge(
                submission_uuid=filled.submission.uuid,
                position=position,
                ref=row.get("pledge_ref", ""),
                pledger=row.get("pledger", ""),
                pledger_type=row.get("pledger_type"),
                focus=row.get("p2c_focus"),
                block=row.get("pledge_block"),
                strategic_priority=row.get("strategic_priority", ""),
                description=row.get("pledge_description", ""),
                amount=amount,
                currency=_currency(row) if amount is not None else None,
                in_kind=row.get("in_kind", ""),
                status=row.get("pledge_status"),
                start_date=row.get("start_date"),
                end_date=row.get("end_date"),
                beneficiaries=None if beneficiaries is None else int(beneficiaries),
            )
        )
    return found


def _currency(row: dict[str, str]) -> str:
    """The currency an amount is in; "other" is replaced by the code the person typed."""
    code = row.get("currency", "")
    if code == "other":
        return " ".join(row.get("currency_other", "").split()).upper() or "other"
    if code == "local":
        return LOCAL_CURRENCY
    return code.upper() or "unspecified"


def _validated(workshops: list[FilledForm]) -> list[Priority]:
    """Validated priorities of every workshop; a later workshop's word on a priority wins."""
    latest: dict[tuple[str | None, str], Priority] = {}
    for filled in workshops:
        for position, row in enumerate(filled.rows(), start=1):
            rank = number(row.get("priority_rank"))
            priority = Priority(
                submission_uuid=filled.submission.uuid,
                position=position,
                title=row.get("priority_title", ""),
                block=row.get("priority_block"),
                outcome=row.get("outcome"),
                rank=None if rank is None else int(rank),
                agreed_kpi=row.get("agreed_kpi", ""),
                owner=row.get("priority_owner", ""),
                due_date=row.get("due_date"),
            )
            latest[(priority.block, _words(priority.title))] = priority
    kept = [p for p in latest.values() if p.validated]
    return sorted(kept, key=lambda p: (p.rank is None, p.rank or 0, p.title))


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def _match(priorities: list[Priority], pledges: tuple[Pledge, ...]) -> tuple[PriorityMatch, ...]:
    by_block: dict[str | None, list[Priority]] = defaultdict(list)
    for priority in priorities:
        by_block[priority.block].append(priority)
    covering: dict[int, list[Pledge]] = defaultdict(list)
    for pledge in pledges:
        if not pledge.active or pledge.block is None:
            continue
        mine = by_block.get(pledge.block, [])
        named = [p for p in mine if _words(p.title) == _words(pledge.strategic_priority)]
        for priority in named or mine:
            covering[id(priority)].append(pledge)
    return tuple(PriorityMatch(p, tuple(covering[id(p)])) for p in priorities)


def _amounts(pledges) -> tuple[Amount, ...]:
    totals: dict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    for pledge in pledges:
        if pledge.amount is not None and pledge.currency is not None:
            totals[pledge.currency] += pledge.amount
            counts[pledge.currency] += 1
    return tuple(Amount(code, totals[code], counts[code]) for code in sorted(totals))


def _counted(values) -> tuple[tuple[str, int], ...]:
    counts = Counter(value for value in values if value)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _block(
    name: str,
    pillar: str,
    scores: WheelScores | None,
    pledges: tuple[Pledge, ...],
    matches: tuple[PriorityMatch, ...],
) -> BlockPledges:
    mine = [p for p in pledges if p.block == name]
    active = [p for p in mine if p.active]
    priorities = [m for m in matches if m.priority.block == name]
    found = scores.blocks.get(name) if scores else None
    return BlockPledges(
        block=name,
        pillar=pillar,
        score=found.score if found else None,
        pledges=len(active),
        withdrawn=len(mine) - len(active),
        amounts=_amounts(active),
        in_kind=sum(bool(p.in_kind) for p in active),
        pledger_types=_counted(p.pledger_type for p in mine),
        statuses=_counted(p.status for p in mine),
        priorities=len(priorities),
        gaps=sum(m.gap for m in priorities),
    )
