"""Split an XLSForm expression into tokens.

XPath's grammar is ambiguous without the lexical rule of XPath 1.0 §3.7:
``*`` and the names ``and or div mod`` are operators only when the previous
token can end an operand.  Applying that rule here keeps the parser free of
look-behind, and lets names such as ``div`` or ``mod`` still be used as
question names in paths.  Where an operator is expected, a name that begins
with an operator name is that operator followed by the rest, as JavaRosa's
lexer reads it: ``1div1`` is ``1 div 1`` and ``1and1`` is ``1 and 1``.  Only
XML's four whitespace characters (#x20 #x9 #xD #xA) separate tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

NUMBER = "number"
STRING = "string"
REF = "ref"
NAME = "name"
FUNCTION = "function"
OPERATOR = "operator"
PUNCT = "punct"
END = "end"

OPERATOR_NAMES = frozenset({"and", "or", "div", "mod"})
XML_WHITESPACE = " \t\r\n"

# Tokens after which an operand (not an operator) is expected.
_OPERAND_EXPECTED_AFTER = frozenset({"@", "::", "(", "[", ",", "$"})

_NAME = r"[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*"
_TOKEN_RE = re.compile(
    r"""
    (?P<space>[ \t\r\n]+)
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>"[^"]*"|'[^']*')
  | (?P<ref>\$\{\s*(?P<refname>[^{}\s]+)\s*\})
  | (?P<name>{name}(?::{name})?)
  | (?P<punct>//|::|!=|<=|>=|\.\.|[/|+\-=<>*()\[\],.@]|\$(?!\{))
    """.replace("{name}", _NAME),
    re.VERBOSE,
)

_SYMBOL_OPERATORS = frozenset({"/", "//", "|", "+", "-", "=", "!=", "<", "<=", ">", ">=", "*"})


@dataclass(frozen=True, slots=True)
class Token:
    """One token; ``pos`` is its 0-based offset in the source text."""

    kind: str
    text: str
    pos: int

    def describe(self) -> str:
        """How a message names this token to a form author."""
        if self.kind == END:
            return "the end of the expression"
        return f"'{self.text}'"


def syntax_error(source: str, pos: int, message: str) -> ExpressionError:
    """An ``expression-syntax`` error pointing at a 1-based character position."""
    return ExpressionError(
        "expression-syntax",
        QT_TRANSLATE_NOOP(
            "UserError", "Syntax error at character {position} of '{source}': {message}."
        ),
        expression=source,
        position=pos + 1,
        source=source,
        message=message,
    )


def tokenize(source: str) -> list[Token]:
    """The tokens of ``source``, ending with an ``END`` token."""
    tokens: list[Token] = []
    pos = 0
    length = len(source)
    while pos < length:
        match = _TOKEN_RE.match(source, pos)
        if match is None:
            raise _lex_error(source, pos)
        kind = match.lastgroup
        text = match.group()
        end = match.end()
        if kind == "name" and not _operand_expected(tokens):
            text = _leading_operator(source, text, pos)
            end = pos + len(text)
            tokens.append(Token(OPERATOR, text, pos))
        elif kind != "space":
            tokens.append(_classify(source, kind, text, pos, match, tokens))
        pos = end
    tokens.append(Token(END, "", length))
    return tokens


def _classify(
    source: str, kind: str | None, text: str, pos: int, match: re.Match[str], before: list[Token]
) -> Token:
    """Turn a regex match into a token, applying the operator-or-name rule."""
    operand_expected = _operand_expected(before)
    if kind == "name":
        return _name_token(source, text, pos, match.end())
    if kind == "string":
        return Token(STRING, text[1:-1], pos)
    if kind == REF:
        return Token(REF, match.group("refname"), pos)
    if kind == "number":
        return Token(NUMBER, text, pos)
    if text == "*" and operand_expected:
        return Token(NAME, "*", pos)
    return Token(OPERATOR if text in _SYMBOL_OPERATORS else PUNCT, text, pos)


def _leading_operator(source: str, text: str, pos: int) -> str:
    """The operator name ``text`` starts with, where only an operator may come."""
    for name in OPERATOR_NAMES:
        if text.startswith(name):
            return name
    raise syntax_error(source, pos, f"expected an operator before '{text}'")


def _name_token(source: str, text: str, pos: int, end: int) -> Token:
    kind = FUNCTION if _next_char(source, end) == "(" else NAME
    return Token(kind, text, pos)


def _operand_expected(before: list[Token]) -> bool:
    if not before:
        return True
    last = before[-1]
    return last.kind == OPERATOR or (last.kind == PUNCT and last.text in _OPERAND_EXPECTED_AFTER)


def _next_char(source: str, pos: int) -> str:
    while pos < len(source) and source[pos] in XML_WHITESPACE:
        pos += 1
    return source[pos] if pos < len(source) else ""


def _lex_error(source: str, pos: int) -> ExpressionError:
    char = source[pos]
    if char in "'\"":
        return syntax_error(source, pos, f"the text starting here has no closing {char}")
    if source.startswith("${", pos):
        return syntax_error(source, pos, "expected a question name and '}' after '${'")
    if char == "!":
        return syntax_error(source, pos, "expected '!=' (XPath has no '!' operator; use not())")
    return syntax_error(source, pos, f"unexpected character '{char}'")
