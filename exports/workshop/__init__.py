"""The workshop board's arithmetic without Qt: priorities, votes, agenda, attendees, summary.

May import exports.wheel, forms and storage; never Qt (a PDF report can reuse it)."""
