"""The XLSForm expression engine: the XPath 1.0 subset ODK uses, JavaRosa semantics.

``compile_expression`` parses once into closures; ``Expression.evaluate``
runs them against an ``EvaluationContext`` that FormState (or, in tests,
``MappingContext``) provides.  Python's eval/exec are never used.
"""

from __future__ import annotations

from .context import EvaluationContext, MappingContext
from .expression import Expression, compile_expression, evaluate
from .values import NodeSet, Value

__all__ = [
    "EvaluationContext",
    "Expression",
    "MappingContext",
    "NodeSet",
    "Value",
    "compile_expression",
    "evaluate",
]
