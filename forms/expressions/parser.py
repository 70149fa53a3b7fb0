"""A Pratt parser for the XPath 1.0 subset used by XLSForm.

Hand-written rather than generated so that every failure can say, in plain
words, which character is wrong and what was expected there; form authors
read these messages.  Constructs that are valid XPath but that an XLSForm
engine has no data for (axes, attributes, ``//``) fail with
``unsupported-syntax`` rather than a misleading syntax error.
"""

from __future__ import annotations

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

from .lexer import END, FUNCTION, NAME, NUMBER, OPERATOR, PUNCT, REF, STRING, Token, syntax_error
from .lexer import tokenize as _tokenize
from .syntax import (
    Binary,
    Call,
    Filter,
    InstancePath,
    Literal,
    Negate,
    Node,
    Path,
    Reference,
    Step,
)

# Left binding power of each binary operator; higher binds tighter.
_BINDING = {
    "or": 1,
    "and": 2,
    "=": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "div": 6,
    "mod": 6,
    "|": 8,
}
_UNARY_MINUS = 7


def parse(source: str) -> Node:
    """Parse ``source`` into a syntax tree or raise ``ExpressionError``."""
    if not source.strip():
        raise syntax_error(source, 0, "the expression is empty")
    return _Parser(source).parse()


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokenize(source)
        self.index = 0

    # -- token helpers -------------------------------------------------

    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        if token.kind != END:
            self.index += 1
        return token

    def at(self, kind: str, text: str | None = None) -> bool:
        token = self.tokens[self.index]
        return token.kind == kind and (text is None or token.text == text)

    def expect_punct(self, text: str, what: str) -> Token:
        if not self.at(PUNCT, text):
            raise self.error(self.peek(), f"expected {what}")
        return self.advance()

    def error(self, token: Token, message: str) -> ExpressionError:
        return syntax_error(self.source, token.pos, f"{message}, found {token.describe()}")

    def unsupported(self, token: Token, what: str) -> ExpressionError:
        return ExpressionError(
            "unsupported-syntax",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{what} (character {position} of '{source}') is valid XPath but not "
                "supported in Fieldwheel forms.",
            ),
            expression=self.source,
            position=token.pos + 1,
            what=what,
            source=self.source,
        )

    # -- expressions ---------------------------------------------------

    def parse(self) -> Node:
        node = self.expression(0)
        if not self.at(END):
            token = self.peek()
            raise self.error(token, "expected an operator or the end of the expression")
        return node

    def expression(self, right_binding: int) -> Node:
        left = self.prefix()
        while True:
            token = self.peek()
            binding = _BINDING.get(token.text, 0) if token.kind == OPERATOR else 0
            if binding <= right_binding:
                return left
            self.advance()
            left = Binary(token.text, left, self.operand_after(token, binding))

    def operand_after(self, operator: Token, binding: int) -> Node:
        if not self.starts_operand():
            raise self.error(self.peek(), f"expected a value after '{operator.text}'")
        return self.expression(binding)

    def starts_operand(self) -> bool:
        token = self.peek()
        if token.kind == OPERATOR:
            return token.text in {"-", "/", "//"}
        if token.kind == PUNCT:
            return token.text in {"(", ".", "..", "@", "$"}
        return token.kind != END

    def prefix(self) -> Node:
        token = self.peek()
        if token.kind == NUMBER:
            self.advance()
            return Literal(float(token.text))
        if token.kind == STRING:
            self.advance()
            return Literal(token.text)
        if token.kind == OPERATOR and token.text == "-":
            self.advance()
            return Negate(self.operand_after(token, _UNARY_MINUS))
        return self.path_expression()

    # -- paths ---------------------------------------------------------

    def path_expression(self) -> Node:
        token = self.peek()
        if token.kind in (REF, FUNCTION) or (token.kind == PUNCT and token.text == "("):
            return self.filter_expression()
        if token.kind == OPERATOR and token.text == "/":
            self.advance()
            if self.starts_step():
                return Path(absolute=True, steps=self.relative_steps())
            return Path(absolute=True, steps=())
        if token.kind == OPERATOR and token.text == "//":
            raise self.unsupported(
                token, QT_TRANSLATE_NOOP("UserError", "The descendant path '//'")
            )
        if self.starts_step():
            return Path(absolute=False, steps=self.relative_steps())
        if token.kind == PUNCT and token.text == "$":
            raise self.unsupported(
                token, QT_TRANSLATE_NOOP("UserError", "An XPath variable ($name)")
            )
        if token.kind == PUNCT and token.text == "@":
            raise self.unsupported(token, QT_TRANSLATE_NOOP("UserError", "An attribute (@name)"))
        raise self.error(token, "expected a value, a ${name} reference, a path or a function call")

    def starts_step(self) -> bool:
        token = self.peek()
        return token.kind == NAME or (token.kind == PUNCT and token.text in {".", "..", "@"})

    def relative_steps(self) -> tuple[Step, ...]:
        steps = [self.step()]
        while self.at(OPERATOR, "/") or self.at(OPERATOR, "//"):
            slash = self.advance()
            if slash.text == "//":
                raise self.unsupported(
                    slash, QT_TRANSLATE_NOOP("UserError", "The descendant path '//'")
                )
            if not self.starts_step():
                raise self.error(self.peek(), "expected a node name after '/'")
            steps.append(self.step())
        return tuple(steps)

    def step(self) -> Step:
        token = self.advance()
        if token.kind == PUNCT and token.text == "@":
            raise self.unsupported(token, QT_TRANSLATE_NOOP("UserError", "An attribute (@name)"))
        if token.kind == PUNCT:  # '.' or '..'
            if self.at(PUNCT, "["):
                raise self.unsupported(
                    self.peek(), QT_TRANSLATE_NOOP("UserError", "A predicate after '.' or '..'")
                )
            return Step(token.text)
        if self.at(PUNCT, "::"):
            raise self.unsupported(token, f"The axis '{token.text}::'")
        return Step(token.text, self.predicates())

    def predicates(self) -> tuple[Node, ...]:
        found = []
        while self.at(PUNCT, "["):
            self.advance()
            if self.at(PUNCT, "]"):
                raise self.error(self.peek(), "expected a condition inside '[ ]'")
            found.append(self.expression(0))
            self.expect_punct("]", "']' to close the condition")
        return tuple(found)

    def filter_expression(self) -> Node:
        start = self.peek()
        primary = self.primary()
        predicates = self.predicates()
        if not (self.at(OPERATOR, "/") or self.at(OPERATOR, "//")):
            if isinstance(primary, Call) and primary.name == "instance":
                raise self.error(self.peek(), "expected '/' and a path after instance(...)")
            return Filter(primary, predicates) if predicates else primary
        if predicates:
            raise self.unsupported(
                start, QT_TRANSLATE_NOOP("UserError", "A path after a filtered expression")
            )
        slash = self.advance()
        if slash.text == "//":
            raise self.unsupported(
                slash, QT_TRANSLATE_NOOP("UserError", "The descendant path '//'")
            )
        if not self.starts_step():
            raise self.error(self.peek(), "expected a node name after '/'")
        steps = self.relative_steps()
        if isinstance(primary, Call) and primary.name == "instance":
            if len(primary.args) != 1:
                raise ExpressionError(
                    "function-arguments",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "instance() takes exactly one argument, the list name, in '{source}'.",
                    ),
                    expression=self.source,
                    function="instance",
                    source=self.source,
                )
            return InstancePath(primary.args[0], steps)
        if isinstance(primary, Call) and primary.name == "current":
            return Path(absolute=False, steps=steps, from_current=True)
        raise self.unsupported(
            start, QT_TRANSLATE_NOOP("UserError", "A path after this expression")
        )

    def primary(self) -> Node:
        token = self.advance()
        if token.kind == REF:
            return Reference(token.text)
        if token.kind == FUNCTION:
            return self.call(token)
        inner = self.expression(0)
        self.expect_punct(")", "')' to close '('")
        return inner

    def call(self, name: Token) -> Call:
        self.expect_punct("(", f"'(' after the function name '{name.text}'")
        args: list[Node] = []
        if not self.at(PUNCT, ")"):
            args.append(self.argument(name))
            while self.at(PUNCT, ","):
                self.advance()
                args.append(self.argument(name))
        self.expect_punct(")", f"',' or ')' in the call to {name.text}()")
        return Call(name.text, tuple(args), name.pos)

    def argument(self, name: Token) -> Node:
        if not self.starts_operand():
            raise self.error(self.peek(), f"expected an argument for {name.text}()")
        return self.expression(0)
