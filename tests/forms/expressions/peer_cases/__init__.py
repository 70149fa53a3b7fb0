"""Context-free expression cases from the peers' own test suites, restated.

Each case is ``(peer, expression, expected)``: ``peer`` is ``javarosa``
(XPathEvalTest) or ``enketo`` (openrosa-xpath-evaluator's integration
specs); ``expected`` is a number, text or boolean, ``ERROR`` when the peer
rejects the expression, or a ``Differs`` when Enketo disagrees with JavaRosa
and we follow JavaRosa (the value given is JavaRosa's).  Only cases that need
no document are here: literals, operators and functions of literals.

A few cases on UTF-16 positions (an emoji in ``string-length``, ``substr``,
``substring``) are in neither suite; marked as such in their table, they give
what the peer's strings give (Java's and JavaScript's lengths and substrings
count UTF-16 code units).
"""

from dataclasses import dataclass

ERROR = "<error>"
INF = float("inf")
NAN = float("nan")


@dataclass(frozen=True)
class Differs:
    """Enketo expects ``enketo``; JavaRosa (whom we follow) gives ``ours``."""

    ours: object
    enketo: object
