"""What a text must hold to hold a match of a rule's sources (pattern_words.py,
regex_literals.py): the helper prefilter takes a file that meets none of a rule's source
alternatives for a file between (it reads no request data), and follows chains through it."""

from __future__ import annotations

import pytest

from tests.support.rule_tests import annotations, rule_files
from tracesec.engines.sast.command import RULES_DIR, bundled_rules
from tracesec.engines.sast.helper_candidates import Words, words_of
from tracesec.engines.sast.pattern_words import Need, source_needs
from tracesec.engines.sast.regex_literals import Run, needed_runs

PACKS = sorted(path.name for path in RULES_DIR.iterdir() if path.is_dir())


@pytest.mark.parametrize(
    ("regex", "runs"),
    [
        # a variable's whole name, and names that end in a literal
        (r"^(\$req|\$this->request)$", [Run("req", True, True), Run("request", True, True)]),
        (r"^(\$\w*[rR]equest)$", [Run("equest", False, True)]),
        # a PHP type, qualified or not
        (r"^\\?(\w+\\)*\w*Controller$", [Run("Controller", False, True)]),
        (r"^\\?(Illuminate\\Http\\)?Request$", [Run("Request", False, True)]),
        # the group's ends tell more than the `Map` before it
        (
            r"^\\?(\w+\\)*Map(RequestPayload|QueryString)$",
            [Run("RequestPayload", False, True), Run("QueryString", False, True)],
        ),
        # an optional character splits a run; a repeated one ends it
        (r"^\w*from_?request$", [Run("request", False, True)]),
        (r"^ab+cdef$", [Run("cdef", False, True)]),
        (r"^get(Current|Main)?Request\(\)$", [Run("Request", False, True)]),
        # not anchored: still in every match
        (r"getParameter", [Run("getParameter", False, False)]),
        (r"^(\w+\.)*ServletRequest$", [Run("ServletRequest", False, True)]),
    ],
)
def test_the_runs_every_match_holds(regex: str, runs: list[Run]) -> None:
    assert needed_runs(regex) == runs


@pytest.mark.parametrize(
    "regex",
    [
        r"^\$(?!(next|response|res)$)",  # a lookahead needs nothing
        r"^.*\{",
        r"^(\$req|\w+)$",  # one alternative needs no literal
        r"^(ab|\$x)$",  # too short to tell, and no whole word
        r"^(\w+Request",  # unclosed
    ],
)
def test_a_regex_that_needs_no_literal_needs_nothing(regex: str) -> None:
    assert not needed_runs(regex)


def test_a_need_is_met_by_a_word_its_starts_ends_or_parts_allow() -> None:
    need = Need(frozenset({"req"}), starts=("get",), ends=("Request",), parts=("equ",))
    assert need.met_by({"req"})
    assert need.met_by({"getThing"})
    assert need.met_by({"CreateOrderRequest"})
    assert need.met_by({"frequent"})
    assert need.met_by({"required"})  # a part is the loosest need
    assert not need.met_by({"Reqs", "forget", "Reply"})
    assert not Need(frozenset({"req"}), ends=("Request",)).met_by({"required", "Requests"})
    folded = Need(frozenset(), ends=("fromrequest",), folded=True)
    assert folded.met_by({"UserFromRequest"})
    assert not folded.met_by({"FromRequests"})


def _php_sql() -> Words:
    rule = next(
        r for r in bundled_rules(["php"]) if r["id"] == "trace.php.sql-injection.tainted-query"
    )
    return Words.of(rule)


@pytest.mark.parametrize(
    ("text", "sourced"),
    [
        # services and repositories of a PHP application: no request read
        (
            "<?php\nnamespace App\\Service;\nfinal class OrderService {\n"
            "  public function __construct(private OrderRepository $orders) {}\n"
            "  public function search(string $term, int $page): array {\n"
            "    return $this->orders->findByTerm($term, $page);\n  }\n}\n",
            False,
        ),
        (
            "<?php\nclass ReportRepository {\n  public function byName(string $name): array {\n"
            '    return $this->db->query("SELECT * FROM r WHERE n = \'" . $name . "\'");\n'
            "  }\n}\n",
            False,
        ),
        # controllers, route closures and handlers that read it
        (
            "<?php\nclass OrderController extends AbstractController {\n"
            "  public function search(string $term) { return $this->svc->search($term); }\n}\n",
            True,
        ),
        (
            "<?php\nRoute::get('/orders/{term}', function (string $term) {\n"
            "  return app(OrderService::class)->search($term);\n});\n",
            True,
        ),
        ("<?php\n$term = $request->input('term');\n", True),
        ("<?php\n$term = $_GET['term'];\n", True),
        (
            "<?php\nfunction handle(ServerRequestInterface $req) {\n"
            "  return $req->getQueryParams();\n}\n",
            True,
        ),
    ],
)
def test_a_php_service_is_a_file_between(text: str, sourced: bool) -> None:
    """PHP's sources were one pattern-either whose controller, DTO and request-variable
    alternatives needed no word (a type regex, `\\w*Controller`, `\\$\\w*[rR]equest`), so every
    PHP file read as one that reads the request, and no controller -> service -> repository
    chain was followed (11 of 33 on a hold-out PHP set). A route closure's `string $term`
    needs `Route` as well as `string`, which every PHP file holds."""
    assert _php_sql().sourced(words_of(text)) is sourced


def test_every_php_taint_rule_reads_services_as_files_between() -> None:
    service = words_of(
        "<?php\nfinal class LeaseService {\n  public function renew(string $tenant): void {\n"
        "    $this->leases->renew($tenant);\n  }\n}\n"
    )
    taint = [r for r in bundled_rules(["php"]) if r.get("mode") == "taint"]
    assert [r["id"] for r in taint if Words.of(r).sourced(service)] == []


@pytest.mark.parametrize("pack", PACKS)
def test_a_rule_tests_file_with_a_finding_holds_what_its_sources_need(pack: str) -> None:
    """The prefilter may take a file for one that reads the request when it does not, never
    the reverse: every test file where a taint rule finds something meets its sources'
    needs (semgrep, not this module, decides those findings)."""
    rules = {str(r["id"]): r for r in bundled_rules([pack]) if r.get("mode") == "taint"}
    missed = []
    for rule_file in rule_files(RULES_DIR / pack):
        for test in rule_file.tests:
            text = test.read_text()
            words = words_of(text)
            for rule_id in annotations(text).ruleid:
                if rule_id in rules and not Words.of(rules[rule_id]).sourced(words):
                    missed.append((test.name, rule_id))
    assert missed == []


def test_a_regex_of_names_is_unchanged() -> None:
    """A regex of whole names (`^(getParameter|getHeader)$`) needs one of those words."""
    needs = source_needs(
        [
            {
                "patterns": [
                    {"pattern": "$R.$M(...)"},
                    {"metavariable-regex": {"metavariable": "$M", "regex": "^(getFoo|getBar)$"}},
                ]
            }
        ]
    )
    assert needs is not None
    assert [set(n.words) for each in needs.alternatives for n in each] == [{"getFoo", "getBar"}]
