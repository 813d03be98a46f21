"""What taint refinements over one file share: how each language declares methods and how a
call reaches a method of the same file, which rules they apply to, and how they name files and
positions to semgrep (see summaries.py and helper_sinks.py)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Runs a rules document over targets (paths as semgrep prints them) and returns semgrep's JSON
# document, taint traces included. Raises on a failed run.
RunRules = Callable[[Mapping[str, Any], Sequence[str]], Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Reach:
    """How calls reach a clean helper of the file."""

    is_method: bool  # every definition is a class member: a bare name does not reach it
    owners: tuple[str, ...] = ()  # Go: the receiver types it is declared on


# Keywords whose heads read like a definition (`if (x) {`, `try (Res r = ...) {`): never a
# method's name, and never a name to write into a pattern.
_NOT_NAMES = frozenset(
    {
        *("if", "else", "elif", "for", "foreach", "while", "do", "switch", "case", "catch"),
        *("except", "try", "finally", "synchronized", "with", "using", "lock", "return"),
        *("yield", "await", "async", "throw", "throws", "new", "typeof", "instanceof"),
        *("sizeof", "function", "func", "def", "constructor", "super", "this", "self"),
        "assert",
    }
)


# A parameter list, with parentheses nested one deep (an annotation's arguments) but no
# statement's end: so a call earlier on (`read()` in a comment, `@GetMapping("/x")`) never
# reads as the head of the definition that follows it.
_PARAMETER_LIST = r"\((?:[^;{}()]|\([^;{}()]*\))*\)"
# JavaScript/TypeScript parameters may hold one level of braces: a destructured parameter
# (`{ id, name }: Props`, `{ a = 1 } = {}`) or an inline object type (`{ a: number; b: string }`)
_JS_PARAMETER_LIST = r"\((?:[^;{}()]|\([^;{}()]*\)|\{[^{}()]*\})*\)"


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    return re.compile(pattern, flags)


@dataclass(frozen=True, slots=True)
class Language:
    """How one language declares methods and how a call reaches a method of the same file."""

    name: str  # semgrep's language id
    suffixes: tuple[str, ...]
    method: str  # a method definition, name in $M
    parameter_source: str  # encloses a parameter $P
    return_sink: str  # a return of $E
    class_name: re.Pattern[str]  # a class declared in the file
    # encloses a variadic parameter $P where ``parameter_source`` does not (Python's `*args`,
    # `**kwargs`): a summary reads its taint too
    variadic_sources: tuple[str, ...] = ()
    # what a member returns without a `return`, $E (C#'s expression body, `=> expr;`)
    expression_returns: tuple[str, ...] = ()

    def call_patterns(self, name: str, classes: Sequence[str], reach: Reach) -> list[dict]:
        raise NotImplementedError

    def declaration(self, word: str) -> re.Pattern[str]:
        """A definition whose name matches the regex ``word``: group ``name`` is the name and
        group ``head`` starts where ``is_member`` and ``owner`` read it."""
        raise NotImplementedError

    def definitions(self, text: str, name: str) -> list[int]:
        """Where the file seems to declare a method ``name`` (a cheap text reading that decides
        whether a refinement is worth a run; semgrep finds the real definitions)."""
        return [found.start("head") for found in self.declaration(re.escape(name)).finditer(text)]

    def declared(self, text: str) -> dict[str, list[int]]:
        """Every method the file seems to declare → where (``definitions``), in one pass."""
        out: dict[str, list[int]] = {}
        for found in self.declaration(r"[A-Za-z_$][\w$]*").finditer(text):
            if found.group("name") not in _NOT_NAMES:
                out.setdefault(found.group("name"), []).append(found.start("head"))
        return out

    def helpers_declared(self, text: str) -> dict[str, list[int]]:
        """Every definition a caller's taint can be handed to (``helper_candidates``): those
        of ``declared``, and where a language has them, functions assigned to a name."""
        return self.declared(text)

    def parameters_span(self, text: str, at: int, name: str) -> tuple[int, int] | None:
        """The parentheses of the parameter list of the definition at ``at`` (one of
        ``helpers_declared``)."""
        return signature_span(text, at, name)

    def returns(self) -> list[str]:
        """Every form in which a method returns $E: ``return_sink`` and
        ``expression_returns`` (a summary must see them all, or it would call a member clean
        whose result does carry its parameters)."""
        return [self.return_sink, *self.expression_returns]

    def parameter_sources(self) -> list[str]:
        """``parameter_source`` in every form ``helpers_declared`` reads."""
        return [self.parameter_source]

    def every_parameter(self) -> list[dict[str, Any]]:
        """Taint sources for each parameter of the file's methods, variadic ones too (what a
        summary or a re-run from a helper's parameters reads)."""
        return [
            {"patterns": [{"pattern-inside": form}, {"focus-metavariable": "$P"}]}
            for form in (self.parameter_source, *self.variadic_sources)
        ]

    def defines(self, text: str, name: str) -> bool:
        return name not in _NOT_NAMES and bool(self.definitions(text, name))

    def body(self, text: str, at: int, name: str) -> str:
        """The body of the definition of ``name`` at ``at`` (a block's braces matched, past
        string literals and comments); "" when it cannot be read."""
        head = self.parameters_span(text, at, name)
        if head is None:
            return ""
        opener = text.find("{", head[1])
        return text[opener : _block_end(text, opener)] if opener >= 0 else ""

    def opaque(self, parameters: str, rest: str) -> bool:
        """Whether a signature hides a flow from the summary: a variadic parameter is not
        matched by ``parameter_source`` (Java/JS/Go ``...``), so its taint would be lost."""
        return "..." in parameters

    def is_member(self, text: str, at: int) -> bool:
        """Whether the definition starting at character ``at`` is a class member, reached only
        through self./cls./this. (Java's all are; then unqualified calls reach them too)."""
        return True

    def owner(self, text: str, at: int) -> str:
        """The type a member definition at ``at`` is declared on, where the language says it
        in the definition itself (Go's receiver); "" otherwise."""
        return ""


def _member_or_bare_calls(members: Sequence[str], name: str, reach: Reach) -> list[dict]:
    """Calls of a helper through the language's own-object prefixes (`self.`, `this.`,
    `$this->`); a bare name reaches a function, never a method (that would be some other
    function)."""
    patterns = [{"pattern": f"{member}{name}(...)"} for member in members]
    if not reach.is_method:
        patterns.append({"pattern": f"{name}(...)"})
    return patterns


class _Java(Language):
    def call_patterns(self, name: str, classes: Sequence[str], reach: Reach) -> list[dict]:
        patterns: list[dict] = [{"pattern": f"{name}(...)"}, {"pattern": f"this.{name}(...)"}]
        if classes:
            patterns.append(
                {
                    "patterns": [
                        {"pattern": f"new $C(...).{name}(...)"},
                        {
                            "metavariable-regex": {
                                "metavariable": "$C",
                                "regex": "^(" + "|".join(map(re.escape, classes)) + ")$",
                            }
                        },
                    ]
                }
            )
        return patterns

    def declaration(self, word: str) -> re.Pattern[str]:
        # name(params) [throws ...] {   -- not a call
        return _compiled(
            rf"(?P<head>\b(?P<name>{word}))\s*{_PARAMETER_LIST}\s*(?:throws\s[^;{{}}]*)?\{{", 0
        )


class _Python(Language):
    def is_member(self, text: str, at: int) -> bool:
        # a `def` indented under a `class`
        line_start = text.rfind("\n", 0, at) + 1
        indent = at - line_start
        if indent == 0:
            return False
        for line in reversed(text[:line_start].splitlines()):
            stripped = line.lstrip()
            if not stripped or stripped.startswith(("#", "@")):
                continue
            depth = len(line) - len(stripped)
            if depth < indent:
                # the nearest less-indented block opener decides
                return stripped.startswith("class ")
        return False

    def opaque(self, parameters: str, rest: str) -> bool:
        # *args and **kwargs are read by ``variadic_sources``
        return False

    def declaration(self, word: str) -> re.Pattern[str]:
        return _compiled(rf"^[ \t]*(?P<head>(?:async[ \t]+)?def[ \t]+(?P<name>{word})\s*\()", re.M)

    def body(self, text: str, at: int, name: str) -> str:
        # the lines indented deeper than the `def`, or the rest of a one-line definition
        head = signature_span(text, at, name)
        colon = text.find(":", head[1]) if head is not None else -1
        if colon < 0:
            return ""
        line_end = text.find("\n", colon)
        if line_end < 0:
            return text[colon + 1 :]
        if text[colon + 1 : line_end].strip():
            return text[colon + 1 : line_end]
        indent = at - (text.rfind("\n", 0, at) + 1)
        end = line_end
        for line in text[line_end + 1 :].splitlines(keepends=True):
            stripped = line.lstrip()
            if stripped.strip() and len(line) - len(stripped) <= indent:
                break
            end += len(line)
        return text[line_end : end + 1]

    def call_patterns(self, name: str, classes: Sequence[str], reach: Reach) -> list[dict]:
        return _member_or_bare_calls(("self.", "cls."), name, reach)


_JAVA = _Java(
    name="java",
    suffixes=(".java",),
    method="$RT $M(...) { ... }",
    parameter_source="$RT $M(..., $PT $P, ...) { ... }",
    return_sink="return $E;",
    class_name=re.compile(r"\b(?:class|enum|record)\s+([A-Za-z_$][\w$]*)"),
)
_PYTHON = _Python(
    name="python",
    suffixes=(".py", ".pyw"),
    method="def $M(...): ...",
    parameter_source="def $M(..., $P, ...): ...",
    return_sink="return $E",
    class_name=re.compile(r"^[ \t]*class\s+([A-Za-z_]\w*)", re.MULTILINE),
    variadic_sources=("def $M(..., *$P, ...): ...", "def $M(..., **$P, ...): ..."),
)


class _CSharp(_Java):
    """C# declares methods as Java does, without `throws`; a generic method's type parameters
    may follow its name and a `where` constraint its parameters. A member's body is a block
    or an expression (`public Task<int> Save(string id) => repo.Save(id);`), which services
    between a controller and a repository often are."""

    def declaration(self, word: str) -> re.Pattern[str]:
        return _compiled(
            rf"(?P<head>\b(?P<name>{word}))\s*(?:<[^<>(){{}};]*>)?\s*{_PARAMETER_LIST}"
            rf"\s*(?:where\s[^;{{}}]*)?(?:\{{|=>)",
            0,
        )

    def body(self, text: str, at: int, name: str) -> str:
        head = self.parameters_span(text, at, name)
        if head is None:
            return ""
        arrow = _CSHARP_EXPRESSION_BODY.match(text, head[1] + 1)
        if arrow is None:
            return super().body(text, at, name)
        # to the end of the statement (a cheap reading: a `;` in a string ends it early)
        end = text.find(";", arrow.end())
        return text[arrow.start("arrow") : end + 1 if end >= 0 else len(text)]


# after a C# member's parameters: an expression body (`where` constraints first)
_CSHARP_EXPRESSION_BODY = re.compile(r"\s*(?:where\s[^;{}]*)?(?P<arrow>=>)")


_CSHARP = _CSharp(
    name="csharp",
    suffixes=(".cs",),
    method="$RT $M(...) { ... }",
    parameter_source="$RT $M(..., $PT $P, ...) { ... }",
    return_sink="return $E;",
    class_name=re.compile(r"\b(?:class|record|struct)\s+([A-Za-z_]\w*)"),
    expression_returns=("$RT $M(...) => $E;",),
)


# PHP's reserved words (php.net, "List of Keywords"): a method may be named by one since PHP 7
# (`public function print(Label $l)`), but semgrep's PHP parser reads `X::print(...)`,
# `self::empty(...)` or a bare `print(...)` as the language construct and rejects the rule,
# losing every pattern beside it. Such a method is called through `->` only, which parses.
PHP_KEYWORDS = frozenset(
    {
        "__halt_compiler",
        "abstract",
        "and",
        "array",
        "as",
        "break",
        "callable",
        "case",
        "catch",
        "class",
        "clone",
        "const",
        "continue",
        "declare",
        "default",
        "die",
        "do",
        "echo",
        "else",
        "elseif",
        "empty",
        "enddeclare",
        "endfor",
        "endforeach",
        "endif",
        "endswitch",
        "endwhile",
        "eval",
        "exit",
        "extends",
        "final",
        "finally",
        "fn",
        "for",
        "foreach",
        "function",
        "global",
        "goto",
        "if",
        "implements",
        "include",
        "include_once",
        "instanceof",
        "insteadof",
        "interface",
        "isset",
        "list",
        "match",
        "namespace",
        "new",
        "or",
        "print",
        "private",
        "protected",
        "public",
        "readonly",
        "require",
        "require_once",
        "return",
        "static",
        "switch",
        "throw",
        "trait",
        "try",
        "unset",
        "use",
        "var",
        "while",
        "xor",
        "yield",
    }
)


class _Php(Language):
    """PHP functions and class methods (`public function find(string $id): ?Row {`): a method
    is reached through `$this->`, `self::` or `static::`, a function by its bare name."""

    def declaration(self, word: str) -> re.Pattern[str]:
        return _compiled(
            rf"(?P<head>\bfunction\s+&?)(?P<name>{word})\s*{_PARAMETER_LIST}"
            r"\s*(?::\s*[?\w\\|]+\s*)?\{",
            0,
        )

    def is_member(self, text: str, at: int) -> bool:
        # a method says its visibility, or at least sits indented in its class
        line_start = text.rfind("\n", 0, at) + 1
        return at > line_start

    def call_patterns(self, name: str, classes: Sequence[str], reach: Reach) -> list[dict]:
        if name.lower() in PHP_KEYWORDS:
            return [{"pattern": f"$this->{name}(...)"}]
        return _member_or_bare_calls(("$this->", "self::", "static::"), name, reach)


_PHP = _Php(
    name="php",
    suffixes=(".php",),
    method="function $M(...) { ... }",
    parameter_source="function $M(..., $P, ...) { ... }",
    return_sink="return $E;",
    class_name=re.compile(r"\b(?:class|trait)\s+([A-Za-z_]\w*)"),
)


_JS_FUNCTION = re.compile(r"(?:export\s+(?:default\s+)?)?(?:async\s+)?function\b")
# a function assigned to a name: `const f = (a) => ...`, `this.f = function (a) {`,
# `exports.f = async (a) => {`; the parameter list's parenthesis follows the match
_JS_ASSIGNED = re.compile(
    r"(?P<head>(?:(?:export\s+)?(?:const|let|var)\s+|(?:this|exports|module\.exports)\s*\.\s*))"
    r"(?P<name>[A-Za-z_$][\w$]*)\s*(?::[^=;\n]*)?=\s*(?:async\s+)?"
    r"(?P<function>function\b\s*\*?\s*(?:[A-Za-z_$][\w$]*\s*)?)?(?=\()"
)
_JS_ARROW = re.compile(r"\s*(?::[^=;{}]*)?=>")
_JS_VARIABLE = re.compile(r"(?:export\s+)?(?:const|let|var)\s")


class _JavaScript(Language):
    """Function declarations and class methods with a block body. Arrow functions and function
    expressions are never summarised: an arrow's expression body is a return that ``return
    $E;`` does not see, so such a helper must stay a taint carrier. They are helpers, though
    (``helpers_declared``): a caller's taint is followed into them."""

    def helpers_declared(self, text: str) -> dict[str, list[int]]:
        out = self.declared(text)
        for found in _JS_ASSIGNED.finditer(text):
            opener = found.end()
            close = closing_paren(text, opener)
            if found.group("function") or _JS_ARROW.match(text, close + 1):
                out.setdefault(found.group("name"), []).append(found.start("head"))
        return out

    def parameters_span(self, text: str, at: int, name: str) -> tuple[int, int] | None:
        found = _JS_ASSIGNED.match(text, at)
        if found is None or found.group("name") != name:
            return signature_span(text, at, name)
        return found.end(), closing_paren(text, found.end())

    def parameter_sources(self) -> list[str]:
        # semgrep reads an arrow function, with a block or an expression body, as a function
        # expression: these two forms match every assigned function (tested)
        return [
            self.parameter_source,
            "$M = function (..., $P, ...) { ... }",
            "$TRACE_OBJECT.$M = function (..., $P, ...) { ... }",
        ]

    def declaration(self, word: str) -> re.Pattern[str]:
        # a function's head is its `function` keyword, a class method's its line
        modifiers = r"(?:(?:static|async|public|private|protected)\s+)*"
        head = rf"(?P<head>\bfunction\s*\*?\s*|^\s*{modifiers}\*?)(?P<name>{word})"
        return _compiled(
            head + rf"\s*(?:<[^>]*>)?\s*{_JS_PARAMETER_LIST}\s*(?::[^;{{}}=]*)?\{{", re.M
        )

    def body(self, text: str, at: int, name: str) -> str:
        # past a TypeScript return type, which may hold braces of its own
        # (`): Promise<{ id: string }[]> {`)
        head = self.parameters_span(text, at, name)
        if head is None:
            return ""
        opener = _after_return_type(text, head[1] + 1)
        return text[opener : _block_end(text, opener)] if opener >= 0 else ""

    def is_member(self, text: str, at: int) -> bool:
        # a class method's match starts at its name, a function's at the `function` keyword,
        # an assigned function's at `const` (a plain name) or `this.` (a member)
        return _JS_FUNCTION.match(text, at) is None and _JS_VARIABLE.match(text, at) is None

    def call_patterns(self, name: str, classes: Sequence[str], reach: Reach) -> list[dict]:
        return _member_or_bare_calls(("this.",), name, reach)


def _after_return_type(text: str, start: int) -> int:
    """Where the block after a JavaScript/TypeScript parameter list (ending before ``start``)
    opens: past a `: Type` annotation, whose object types (`{ id: string }`, after `:`, `<`,
    `|`, `&`, `,`, `(` or `=>`) are braces of the type; -1 when there is none."""
    index = start
    while index < len(text) and text[index].isspace():
        index += 1
    if index >= len(text) or text[index] != ":":
        return text.find("{", start)
    depth, previous = 0, ":"
    index += 1
    while index < len(text):
        char = text[index]
        if char == "{":
            if depth == 0 and previous not in (":", "<", "|", "&", ",", "(", "=>"):
                return index
            index = _block_end(text, index)
            previous = "}"
            continue
        if char in "<([":
            depth += 1
        elif char in ")]" or (char == ">" and text[index - 1] != "="):
            depth -= 1
        elif char == ";" and depth <= 0:
            return -1
        if not char.isspace():
            previous = "=>" if char == ">" and text[index - 1] == "=" else char
        index += 1
    return -1


def _javascript(name: str, suffixes: tuple[str, ...]) -> _JavaScript:
    return _JavaScript(
        name=name,
        suffixes=suffixes,
        method="function $M(...) { ... }",
        parameter_source="function $M(..., $P, ...) { ... }",
        return_sink="return $E;",
        class_name=re.compile(r"\bclass\s+([A-Za-z_$][\w$]*)"),
    )


# a method: `func (r *T) Name(...)`, `func (T) Name(...)`, `func (r *T[K]) Name(...)`
_GO_METHOD = re.compile(r"func\s*\(\s*(?:[A-Za-z_]\w*\s+)?\*?\s*([A-Za-z_]\w*)")


class _Go(Language):
    """Functions, reached by their bare name, and methods. A method is reached only where the
    receiver's type is known: a call on the enclosing method's own receiver (``s.name()``
    inside ``func (s *T) ...``), or on a value semgrep types as ``T`` or ``*T`` (``&T{}``,
    ``var v T``). Go allows one method of a name per type, and a type's methods all live in
    its package, so a method of ``T`` declared in this file is the one such a call reaches."""

    def declaration(self, word: str) -> re.Pattern[str]:
        receiver = r"(?:\([^)]*\)\s*)?"
        return _compiled(rf"^(?P<head>func)\s*{receiver}(?P<name>{word})\s*[\[(]", re.M)

    def is_member(self, text: str, at: int) -> bool:
        return _GO_METHOD.match(text, at) is not None

    def owner(self, text: str, at: int) -> str:
        found = _GO_METHOD.match(text, at)
        return found.group(1) if found else ""

    def call_patterns(self, name: str, classes: Sequence[str], reach: Reach) -> list[dict]:
        patterns: list[dict] = [] if reach.is_method else [{"pattern": f"{name}(...)"}]
        if reach.owners:
            types = "|".join(map(re.escape, reach.owners))
            patterns.append(
                {
                    "patterns": [
                        {"pattern-inside": "func ($R $T) $F(...) { ... }"},
                        {"metavariable-regex": {"metavariable": "$T", "regex": rf"^\*?({types})$"}},
                        {"pattern": f"$R.{name}(...)"},
                    ]
                }
            )
            for owner in reach.owners:
                patterns.append({"pattern": f"($X : {owner}).{name}(...)"})
                patterns.append({"pattern": f"($X : *{owner}).{name}(...)"})
        return patterns

    def opaque(self, parameters: str, rest: str) -> bool:
        # named results are returned by a bare `return`, which `return $E` does not see
        results = rest.strip()
        named = results.startswith("(") and any(
            len(part.split()) > 1 for part in results.strip("()").split(",")
        )
        return named or super().opaque(parameters, rest)


_GO = _Go(
    name="go",
    suffixes=(".go",),
    method="func $M(...) { ... }",
    parameter_source="func $M(..., $P $T, ...) { ... }",
    return_sink="return $E",
    class_name=re.compile(r"(?!)"),  # no classes
)
_JAVASCRIPT = _javascript("javascript", (".js", ".jsx", ".mjs", ".cjs"))
_TYPESCRIPT = _javascript("typescript", (".ts", ".tsx", ".mts", ".cts"))
LANGUAGES: tuple[Language, ...] = (
    _JAVA,
    _PYTHON,
    _JAVASCRIPT,
    _TYPESCRIPT,
    _GO,
    _CSHARP,
    _PHP,
)


def language_of(path: str) -> Language | None:
    lowered = path.lower()
    for language in LANGUAGES:
        if lowered.endswith(language.suffixes):
            return language
    return None


def plain_taint_rule(
    rule: Mapping[str, Any], language: Language, *, where_it_fired: bool = False
) -> bool:
    """Taint rules of the language without labels (a parameter source has no label to carry).

    A rule with a path filter of its own is left out, since ours would replace it, unless the
    caller runs it only on files where it fired (``where_it_fired``): those passed its filter.
    """
    if rule.get("mode") != "taint" or language.name not in (rule.get("languages") or ()):
        return False
    if "paths" in rule and not where_it_fired:
        return False
    specs = [*(rule.get("pattern-sources") or ()), *(rule.get("pattern-sinks") or ())]
    return not any(isinstance(s, Mapping) and ("label" in s or "requires" in s) for s in specs)


def include_only(paths: Iterable[str]) -> list[str]:
    # Anchored, with glob characters escaped, so a pattern names exactly one file.
    return ["/" + re.sub(r"([\\*?\[\]!])", r"\\\1", p.removeprefix("./")) for p in sorted(paths)]


def offset_of(position: Any) -> int:
    return int(position.get("offset", -1)) if isinstance(position, Mapping) else -1


def char_offset(text: str, offset: int) -> int:
    """semgrep's offsets count bytes; the text is read as characters."""
    if offset < 0 or text.isascii():
        return offset
    return len(text.encode("utf-8")[:offset].decode("utf-8", "ignore"))


def signature_span(text: str, at: int, name: str) -> tuple[int, int] | None:
    """The offsets of a definition's opening and closing parentheses, found after the name, so
    decorators, annotations and a Go receiver are passed over; None when there is none."""
    head = re.compile(rf"\b{re.escape(name)}\s*(?:<[^>]*>|\[[^\]]*\])?\s*\(")
    found = head.search(text, at)
    if found is None:
        return None
    opener = found.end() - 1
    return opener, closing_paren(text, opener)


def signature(text: str, at: int, name: str) -> tuple[str, str]:
    """A definition's parameter list (inside its parentheses) and what follows it up to the
    body."""
    span = signature_span(text, at, name)
    if span is None:
        return "...", ""  # not understood: opaque
    opener, close = span
    ends = [i for i in (text.find("{", close), text.find(":", close)) if i >= 0]
    return text[opener + 1 : close], text[close + 1 : min(ends) if ends else close + 1]


def closing_paren(text: str, opener: int) -> int:
    depth = 0
    for index in range(opener, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return len(text)


def closing_bracket(text: str, opener: int) -> int:
    """Where the bracket that closes the one at ``opener`` (`(`, `[` or `{`) is, counting
    brackets of every kind; the end of the text when it never closes."""
    depth = 0
    for index in range(opener, len(text)):
        if text[index] in "([{":
            depth += 1
        elif text[index] in ")]}":
            depth -= 1
            if depth == 0:
                return index
    return len(text)


# a string literal of Java, JavaScript, Go or Python ("...", '...', `...`)
STRING_LITERAL = r"\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|`[^`]*`"
_BLOCK_TOKEN = re.compile(rf"//[^\n]*|/\*.*?\*/|{STRING_LITERAL}|[{{}}]", re.S)


def _block_end(text: str, opener: int) -> int:
    """The offset just past the brace that closes the one at ``opener``, past comments and
    string literals (the end of the text when it never closes)."""
    depth = 0
    for token in _BLOCK_TOKEN.finditer(text, opener):
        if token.group() == "{":
            depth += 1
        elif token.group() == "}":
            depth -= 1
            if depth == 0:
                return token.end()
    return len(text)
