"""Which helpers of a file can carry a caller's taint to a sink, read from the file's text
before semgrep runs (for helper_sinks.py): cheap, and rare to find, so most files add no rule.

A helper is a method the file both defines and calls, with a parameter that may carry taint
(not a number, a flag, a date, or the request or response object, which the rule's own sources
read inside the helper), whose text holds a word one of a taint rule's sinks needs, in a file
holding a word one of its sources needs; or a helper that calls such a helper (up to
``CHAIN_DEPTH`` deep). Files over 64 KB or with minified lines are left out. The words are a
prefilter only: semgrep decides.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Any

from tracesec.engines.sast.handed_calls import handed_functions
from tracesec.engines.sast.pattern_words import (
    COMMON_WORDS,
    WORD,
    SourceNeeds,
    mentioned_words,
    required_words,
    source_needs,
    typed_receivers,
)
from tracesec.engines.sast.same_file import (
    STRING_LITERAL,
    Language,
    Reach,
    language_of,
    plain_taint_rule,
    signature_span,
)

# Parameters that need not be sources: a number, a flag or a date carries no injection, and a
# request or response object is read through the rule's own sources inside the helper (so
# `doGet(req, resp) { doPost(req, resp); }` costs no run). Java and Go say it by type, the
# others by name.
INERT_TYPES = {
    "java": r"(int|long|short|byte|char|boolean|double|float|Integer|Long|Short|Byte|Boolean"
    r"|Double|Float|BigDecimal|BigInteger|UUID|LocalDate|LocalDateTime|Instant"
    r"|HttpServletRequest|HttpServletResponse|ServletRequest|ServletResponse|HttpSession"
    r"|Model|ModelMap|BindingResult|RedirectAttributes"
    # numbers in a collection: `List<Long> ids`, `int[] ids`
    r"|(List|Set|Collection|Iterable)<(Integer|Long|UUID)>|(int|long)\[\])",
    "go": r"(u?int(8|16|32|64)?|float(32|64)|bool|byte|rune|time\.Duration|time\.Time"
    r"|\*http\.Request|http\.ResponseWriter|\*gin\.Context|echo\.Context|context\.Context"
    r"|\[\]u?int(8|16|32|64)?)",
    "csharp": r"((int|long|short|byte|uint|ulong|ushort|sbyte|char|bool|double|float|decimal"
    r"|Int32|Int64|Boolean|Guid|DateTime|DateTimeOffset|DateOnly|TimeOnly|TimeSpan"
    r"|CancellationToken|HttpContext|HttpRequest|HttpResponse|ClaimsPrincipal)\??"
    r"|ILogger(<[\w.]+>)?"
    # numbers in a collection: `IReadOnlyCollection<int> ids`, `Guid[] ids`
    r"|(IReadOnlyCollection|IReadOnlyList|IEnumerable|ICollection|IList|List|HashSet|ISet)"
    r"<(int|long|Guid|Int32|Int64)>|(int|long|Guid)\[\])",
}
# Python says it by annotation, which the parameter-source pattern does not read: a parameter
# annotated as a number, flag, date or UUID is left out of the links only
_INERT_ANNOTATION = re.compile(
    r"(?:Optional\[)?(?:int|float|bool|Decimal|decimal\.Decimal|UUID|uuid\.UUID"
    r"|(?:datetime\.)?(?:date|datetime|time|timedelta))\]?(?:\|None)?"
)
INERT_NAMES = {
    "python": r"(self|cls|request|req|response|res)",
    "php": r"(\$request|\$req|\$response|\$res|\$next)",
    "javascript": r"(req|request|res|response|next|ctx)",
    "typescript": r"(req|request|res|response|next|ctx)",
}

# Python's standard module, whose name holds the word a request source needs
_NOT_THE_REQUEST = re.compile(r"\burllib\s*\.\s*request\b")
CHAIN_DEPTH = 3  # helpers handing a parameter on to helpers
_MAX_HELPER_FILE = 64 * 1024  # characters
_MAX_MEAN_LINE = 200
CALL = re.compile(r"(?<![\w$])([A-Za-z_$][\w$]*)\s*\(")
# a decorator's (or an annotation's) last name: `@bp.get(`, `@route`, `@GetMapping`
_DECORATOR = re.compile(r"(?<![\w@])@(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)")


@dataclass(frozen=True, slots=True)
class Parameter:
    """A helper's parameter that may carry taint, and where a call passes it."""

    helper: str
    # among the arguments a call passes (Python's self/cls not counted); -1 for Python's
    # keyword-only parameters, passed by name
    index: int
    arity: int  # how many arguments a call passes; -1 when a call may pass fewer
    name: str
    reach: Reach
    # another file's helper: the file that defines it, and the word a call names it on
    # ("" for a bare call; helper_links)
    home: str = ""
    receiver: str = ""
    # Java: the type as declared (overloads of one arity differ by it; ``other_overload``)
    kind: str = ""


@dataclass(frozen=True, slots=True)
class Helper:
    """A method the file defines and calls, with a parameter that may carry taint."""

    words: frozenset[str]  # of its signatures and bodies
    parameters: tuple[Parameter, ...]  # those that may carry taint, of every definition


def find_candidates(
    targets: Sequence[str],
    by_id: Mapping[str, Mapping[str, Any]],
    texts: dict[str, str],
    helpers: dict[str, dict[str, Helper]],
    read_text: Callable[[str], str | None],
) -> dict[str, dict[str, set[str]]]:
    """rule → path → names of the file's helpers whose text names one of the rule's sinks, in
    files that name one of its sources. Fills ``texts`` and ``helpers`` for those files."""
    # per language, once: its taint rules and the words they need
    rules_of: dict[str, list[tuple[str, Words]]] = {}
    out: dict[str, dict[str, set[str]]] = {}
    for path in targets:
        language = language_of(path)
        if language is None:
            continue
        rules = rules_by_language(by_id, language, rules_of)
        if not rules:
            continue
        text = read_text(path)
        if not text or not hand_written(text):
            continue
        found = helpers_of(text, language, called_here=True)
        if not found:
            continue
        in_file = words_of(text)
        for rule_id, words in rules:
            if not words.sourced(in_file):
                continue
            if words.sinks is None:
                if words.sink_context is not None and not words.sink_context & in_file:
                    continue
                names = set(found)
            else:
                names = {n for n, helper in found.items() if words.sinks & helper.words}
                for _ in range(CHAIN_DEPTH):  # helpers that hand a parameter on to these
                    more = {n for n, h in found.items() if n not in names and h.words & names}
                    if not more:
                        break
                    names |= more
            if names:
                out.setdefault(rule_id, {})[path] = names
                texts[path] = text
                helpers[path] = found
    return out


def words_of(text: str) -> set[str]:
    """The words of ``text``, and each decorator's name as `@name` (`@bp.get(` gives `@get`):
    a route decorator's name is a word any file holds (`dict.get`), the decorator is not.
    Python's `urllib.request` module is not the `request` a source needs: a service that
    fetches a feed with it reads no request data; nor is a parameter named `req` or `request`
    typed with the file's own class (``_own_typed``)."""
    text = _NOT_THE_REQUEST.sub("urllib", text)
    words = {*WORD.findall(text), *(f"@{name}" for name in _DECORATOR.findall(text))}
    return words - _own_typed(text) if words & _REQUEST_NAMES else words


_REQUEST_NAMES = frozenset({"req", "request"})
# `req: ExportRequest`, `request: Optional[SearchRequest]` (TypeScript, Python)
_TYPED_AS = re.compile(r"\b(req|request)\s*\??\s*:\s*(?:Optional\[)?([A-Za-z_]\w*)\b")


def _own_typed(text: str) -> set[str]:
    """The names among `req` and `request` that the file only uses as parameters typed with a
    class, interface or type it declares itself, extending nothing named for a request
    (`async function exportCsv(req: ExportRequest) { ... req.period ... }`): a service's own
    value, not the framework's request, so the service is a file between. A name also used
    bare (handed on, assigned, untyped) is kept."""
    own: set[str] = set()
    for name in _REQUEST_NAMES:
        types = {m.group(2) for m in _TYPED_AS.finditer(text) if m.group(1) == name}
        if not types or not all(_declared_here(text, t) for t in types):
            continue
        # every other use reads a field of it: `req.period`, `req?.x`, `req["x"]`
        bare = re.search(rf"(?<![\w.$]){name}\b(?!\s*(?:\??\.|\[|\??\s*:))", text)
        if bare is None:
            own.add(name)
    return own


def _declared_here(text: str, name: str) -> bool:
    found = re.search(
        rf"^[ \t]*(?:export\s+)?(?:interface|class|type)\s+{re.escape(name)}\b([^{{\n=]*)",
        text,
        re.M,
    )
    return found is not None and "Request" not in found.group(1)


def rules_by_language(
    by_id: Mapping[str, Mapping[str, Any]],
    language: Language,
    memo: dict[str, list[tuple[str, Words]]],
) -> list[tuple[str, Words]]:
    """The language's taint rules a parameter can feed, with the words they need (once per
    language: ``memo``)."""
    if language.name not in memo:
        memo[language.name] = [
            (str(r["id"]), Words.of(r)) for r in by_id.values() if plain_taint_rule(r, language)
        ]
    return memo[language.name]


def hand_written(text: str) -> bool:
    """Not a bundle, a minified build or a library copied in: those are large or have very
    long lines, rarely call their own helpers with request data, and cost the added rules the
    most (a 110 KB minified loader: the whole scan x1.4)."""
    return len(text) <= _MAX_HELPER_FILE and len(text) <= _MAX_MEAN_LINE * (text.count("\n") + 1)


def helpers_of(text: str, language: Language, *, called_here: bool) -> dict[str, Helper]:
    """The methods the file defines that have a parameter that may carry taint; only those
    it calls too where ``called_here``."""
    called = Counter(CALL.findall(text))  # a definition's own `name(` counts here too
    if language.name == "python":
        # a function handed to an executor or a queue (`pool.submit(_export, name)`) is called
        called.update(name for _, name in handed_functions(text))
    out: dict[str, Helper] = {}
    for name, starts in language.helpers_declared(text).items():
        # `function name(` is its own `name(`; `const name = (` is not
        own = sum(1 for at in starts if CALL.match(text, text.find(name, at)))
        if called_here and called[name] <= own:
            continue
        parameters = [p for at in starts for p in _parameters(text, at, name, language)]
        if parameters:
            # a sink on a typed parameter names its type in the signature: read it too
            said = (text[at : text.find("\n", at)] + language.body(text, at, name) for at in starts)
            words = frozenset(word for part in said for word in WORD.findall(part))
            out[name] = Helper(words, tuple(dict.fromkeys(parameters)))
    return out


def arity_of(text: str, at: int, name: str, language: Language) -> int:
    """How many arguments a call passes to the definition at ``at``; -1 in the languages
    with default values, where a call may pass fewer."""
    if language.name in ("python", "javascript", "typescript", "php"):
        return -1
    span = signature_span(text, at, name)
    return len(_split_parameters(text[span[0] + 1 : span[1]])) if span is not None else -1


def _parameters(text: str, at: int, name: str, language: Language) -> list[Parameter]:
    """The parameters of the definition at ``at`` that may carry taint (not INERT_TYPES or
    INERT_NAMES), at the positions a call passes them; none for a variadic signature, where
    positions stop naming one parameter, except in Python, where those before the first
    starred one keep their positions and those after it are passed by keyword."""
    span = language.parameters_span(text, at, name)
    if span is None:
        return []
    listed = text[span[0] + 1 : span[1]]
    typed = _typed_parameters(listed, language)
    starred = [p.lstrip().startswith("*") for p in _split_parameters(listed)]
    # each parameter's position in a call; Python's after a `*` or `*args` are passed by
    # keyword only (-1), and the starred ones themselves by no position
    positions = list(range(len(typed)))
    if language.name == "python" and any(starred):
        first = starred.index(True)
        positions = [i if i < first else -1 for i in positions]
        typed = [
            ("", kind) if star else (name, kind)
            for (name, kind), star in zip(typed, starred, strict=True)
        ]
    elif "..." in listed or any(starred):
        return []
    is_member = language.is_member(text, at)
    # self.name(...) passes it; a Celery task bound to its task (`@shared_task(bind=True)`,
    # a function of the module) is passed it by Celery
    if (
        language.name == "python"
        and typed[:1]
        and (typed[0][0] == "self" or (is_member and typed[0][0] == "cls"))
    ):
        typed = typed[1:]
        positions = [i - 1 if i > 0 else i for i in positions[1:]]
    owners = (language.owner(text, at),) if is_member and language.name == "go" else ()
    reach = Reach(is_member, owners)
    arity = arity_of(text, at, name, language)
    types = INERT_TYPES.get(language.name)
    names = INERT_NAMES.get(language.name)
    return [
        Parameter(name, index, arity, named, reach, kind=kind if language.name == "java" else "")
        for index, (named, kind) in zip(positions, typed, strict=True)
        if named
        and not (types and re.fullmatch(types, kind))
        and not (language.name == "python" and _INERT_ANNOTATION.fullmatch(kind))
        and not (names and re.fullmatch(names, named) and _may_be_the_request(kind, language))
    ]


# An annotation that may name a framework's request, response or context (`HttpRequest`,
# `web.Request`, Starlette's `Request`, Next's `NextRequest`, `express.Response`): a parameter
# named `req` annotated with another type (`req: SearchRequest`, a dataclass; `req:
# ExportRequest`, an interface) is data
REQUEST_TYPE = re.compile(
    r"(?:[\w$]+\.)*(?:Http|Web|Asgi|Wsgi|Next|Fastify|Express|Koa|Incoming|Server)?"
    r"(?:Request|Response|Context|Message|Reply)(?:\[.*\]|<.*>)?(?:\|None|\|undefined)?"
)
# the languages whose parameters say their type in an annotation the helpers' rules read
_ANNOTATED = frozenset({"python", "typescript", "php"})


def request_type(language: Language) -> str:
    """The regex of the types that make a parameter named like the request (INERT_NAMES) the
    request: REQUEST_TYPE, in PHP also namespaced (`\\Illuminate\\Http\\Request`) and a
    middleware's `Closure $next` (the next handler, not data). Read here and by the helpers'
    rules (helper_sinks), so both judge a declared type alike."""
    if language.name == "php":
        return rf"\??\\?(?:\w+\\)*(?:{REQUEST_TYPE.pattern})|\??\\?(?:Closure|callable)"
    return REQUEST_TYPE.pattern


def _may_be_the_request(kind: str, language: Language) -> bool:
    """Whether a parameter named like the request (INERT_NAMES) is it: unannotated, or
    annotated with one of ``request_type``'s types. Python, TypeScript and PHP only: the
    helpers' rules (helper_sinks) read the annotation there alone."""
    if language.name not in _ANNOTATED or not kind:
        return True
    return re.fullmatch(request_type(language), kind) is not None


# Java types no argument of another of them can be passed as (final classes, arrays): an
# argument declared as one never reaches an overload's parameter declared as another
# (`getHashString(String s)` against `getHashString(File f)`, both of one argument)
_DISTINCT_JAVA_TYPES = frozenset(
    {"String", "File", "Path", "URL", "URI", "StringBuilder", "StringBuffer"}
    | {"byte[]", "char[]", "String[]"}
)


def other_overload(argument_type: str, parameter: Parameter) -> bool:
    """Whether a Java argument declared as ``argument_type`` cannot be ``parameter`` (an
    overload's, declared as another distinct type); False when either type is unknown."""
    declared = re.sub(r"^(?:[\w$]+\.)+", "", parameter.kind)
    return (
        argument_type in _DISTINCT_JAVA_TYPES
        and declared in _DISTINCT_JAVA_TYPES
        and argument_type != declared
    )


def _typed_parameters(listed: str, language: Language) -> list[tuple[str, str]]:
    """(name, type) of each parameter in a signature's list; the type as written, spaces
    removed ("" where the language does not say one)."""
    out: list[tuple[str, str]] = []
    for parameter in _split_parameters(listed):
        name = _parameter_name(parameter, language)
        kind = ""
        if language.name == "java":
            plain = re.sub(r"@[\w.]+(?:\([^)]*\))?|\bfinal\b", " ", parameter).strip()
            kind = re.sub(r"\s+", "", plain[: plain.rfind(name)] if name else plain)
        elif language.name == "csharp":
            # `[FromQuery] string? q = null`, `this IQueryable<T> q`, `params string[] xs`
            plain = re.sub(r"\[[^\]]*\]|=.*$|\b(?:this|params|ref|out|in|scoped)\b", " ", parameter)
            plain = plain.strip()
            kind = re.sub(r"\s+", "", plain[: plain.rfind(name)] if name else plain)
        elif language.name == "go":
            kind = re.sub(r"\s+", "", parameter.strip()[len(name) :])
        elif language.name == "php":
            # `string $next`, `?string $next = null`, `private readonly Closure $next`
            declared = re.match(
                r"\s*(?:(?:public|private|protected|readonly)\s+)*(\??[\w\\|]+)\s+&?(?:\.\.\.)?\$",
                parameter,
            )
            kind = declared.group(1) if declared else ""
        elif language.name in _ANNOTATED:
            # an annotation: `req: SearchRequest`, `req: Request = None`, `req?: ExportRequest`
            annotated = re.match(r"\s*[\w$]+\s*[?!]?\s*:\s*([^=]+)", parameter)
            kind = re.sub(r"\s+", "", annotated.group(1)) if annotated else ""
        out.append((name, kind))
    if language.name == "go":  # `a, b string`: a takes b's type
        following = ""
        for i in range(len(out) - 1, -1, -1):
            following = out[i][1] or following
            out[i] = (out[i][0], following)
    return out


@dataclass(frozen=True, slots=True)
class Words:
    """Words a text must hold one of to hold a match of a rule's sources (the file) or sinks
    (a helper); None where a match needs no particular word. A prefilter only: semgrep
    decides."""

    sources: frozenset[str] | None
    sinks: frozenset[str] | None  # in the helper
    # in the file, when the sinks themselves need no particular word (`return $X` inside a
    # @ResponseBody method): their enclosing context's
    sink_context: frozenset[str] | None
    # every word the sink patterns name, module qualifiers included (`subprocess` of
    # `subprocess.$F([$SH, "-c", $CMD])`): a looser test, for helpers of other files only,
    # where "any helper" would link every call
    sink_mentions: frozenset[str]
    # the types of typed sink receivers, `JdbcTemplate` of `(JdbcTemplate $J).$JM($Q, ...)`:
    # a helper names the field it calls (`jdbcTemplate`), declared with the type outside it
    sink_types: frozenset[str]
    # per source alternative, what each of its clauses needs (all of them): a file that
    # holds one word of a clause only (a service's `upload.getInputStream()`, without the
    # `HttpServletRequest` type the clause beside it needs) reads no request data
    source_needs: SourceNeeds | None

    @classmethod
    def of(cls, rule: Mapping[str, Any]) -> Words:
        sinks = rule.get("pattern-sinks")
        return cls(
            required_words(rule.get("pattern-sources"), inside=True),
            # a sink's enclosing context may lie outside the helper: only the sink counts
            required_words(sinks, inside=False),
            required_words(sinks, inside=True),
            frozenset(mentioned_words(sinks)) - COMMON_WORDS,
            frozenset(typed_receivers(sinks)),
            source_needs(rule.get("pattern-sources")),
        )

    def sourced(self, words: Set[str]) -> bool:
        """Whether a text of these ``words`` may hold a match of one of the rule's sources."""
        if self.source_needs is None:
            return self.sources is None or bool(self.sources & words)
        return self.source_needs.met_by(words)


def _split_parameters(listed: str) -> list[str]:
    """A parameter list split at its top-level commas (not those inside <>, (), [] or {})."""
    return [listed[a:b] for a, b in top_level_parts(listed, generics=True)]


_QUOTED = re.compile(STRING_LITERAL)


def top_level_parts(listed: str, generics: bool) -> list[tuple[int, int]]:
    """Where each comma-separated part of a list starts and ends, past string literals and
    nested brackets (and <...> where ``generics``: in a signature, not among arguments, where
    `a < b` compares); blank parts are left out."""
    opening, closing = ("<([{", ">)]}") if generics else ("([{", ")]}")
    parts: list[tuple[int, int]] = []
    depth = start = index = 0
    while index < len(listed):
        char = listed[index]
        quoted = _QUOTED.match(listed, index) if char in "\"'`" else None
        if quoted is not None:
            index = quoted.end()
            continue
        if char in opening:
            depth += 1
        elif char in closing:
            depth -= 1
        elif char == "," and depth == 0:
            parts.append((start, index))
            start = index + 1
        index += 1
    parts.append((start, len(listed)))
    return [(a, b) for a, b in parts if listed[a:b].strip()]


def destructured(parameter: str) -> str:
    """A JavaScript destructuring parameter's name: its pattern without spaces and without a
    default (`{q,city}` of `{ q, city } = {}`), as its own text and as semgrep prints it in a
    message; "" when the pattern does not close."""
    stripped = parameter.strip()
    depth = 0
    for at, char in enumerate(stripped):
        depth += char in "{[("
        depth -= char in "}])"
        if depth == 0:
            return re.sub(r"\s+", "", stripped[: at + 1])
    return ""


def _parameter_name(parameter: str, language: Language) -> str:
    """Java and C# name a parameter last (after annotations or attributes and its type); the
    others first; a JavaScript destructuring pattern is named by itself (``destructured``)."""
    stripped = parameter.strip()
    if language.name in ("javascript", "typescript") and stripped[:1] in ("{", "["):
        return destructured(stripped)
    plain = re.sub(r"@\w+(?:\([^)]*\))?|\[[^\]]*\]|=.*$", " ", parameter, flags=re.S)
    words = re.findall(r"[A-Za-z_$][\w$]*", plain)
    if not words:
        return ""
    # PHP names it last too, after its type: `?string $term`
    return words[-1] if language.name in ("java", "csharp", "php") else words[0]
