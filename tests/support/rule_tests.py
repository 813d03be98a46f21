"""The rule packs' annotated tests, checked in one semgrep-core run, invoked as scans invoke it.

``semgrep --test`` runs semgrep's CLI once per rule file, each run paying its start-up and rule
parsing again: 41 runs, 90 s on an idle two-core machine and up to 140 s in CI; and the CLI is
not what scans run (command.py). Here every rule runs in one semgrep-core process over every
test file, with the engine's argv and target list, each rule limited by ``paths.include`` to the
test files of its own rule file (same directory, same name up to the first dot: ``xss.yaml`` <->
``xss.py``, ``xss.fastapi.py``), which is how ``semgrep --test`` pairs them. The annotations are
then read with ``semgrep --test``'s rules:

* ``ruleid: a, b`` on a comment line expects a finding of rules ``a`` and ``b`` on the next
  line; ``ok:`` expects none; ``todoruleid:`` and ``todook:`` mark a known miss or false alarm,
  and that line is left out of the comparison for those rules.
* Per file and rule, the lines found must be exactly the lines expected.
* Every rule named by a ``ruleid:``/``ok:``/``todoruleid:`` annotation in a file must be a rule
  of its rule file and must report something in that file, and every rule reporting in a file
  must be annotated there (``semgrep --test``'s "rule id mismatch").
* A rule file without a test file, and any semgrep error, fails.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tracesec.engines.model import ScanConfig
from tracesec.engines.sast import command
from tracesec.engines.sast.core_output import read_document
from tracesec.engines.sast.core_targets import write_run

# semgrep --test's comment openers, each with or without one space before the annotation.
_ANNOTATION = re.compile(r"(?:#|//|<!--|\(\*) ?(?P<kind>todoruleid|todook|ruleid|ok):(?P<ids>.*)$")
_COMMENT_ENDS = ("-->", "*)")


@dataclass(frozen=True)
class RuleFile:
    path: Path
    tests: tuple[Path, ...]
    rules: tuple[dict, ...]


@dataclass
class Annotations:
    """Lines (1-based, the line after the comment) per rule id, by kind."""

    ruleid: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    ok: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    todoruleid: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    todook: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def named(self) -> set[str]:
        """Rule ids the file claims to test (semgrep --test leaves ``todook`` out)."""
        return set(self.ruleid) | set(self.ok) | set(self.todoruleid)


@dataclass
class Report:
    failures: list[str]
    checked: set[str]  # rule ids with at least one annotation that was compared


def rule_files(rules_dir: Path) -> list[RuleFile]:
    out = []
    for path in command.rule_files(root=rules_dir):
        stem = path.name.split(".", 1)[0]
        tests = tuple(
            sorted(
                t
                for t in path.parent.iterdir()
                if t.is_file()
                and t.name.split(".", 1)[0] == stem
                and t.suffix not in command.RULE_SUFFIXES
                and ".fixed." not in t.name
            )
        )
        rules = tuple(command.file_rules(path))
        out.append(RuleFile(path, tests, rules))
    return out


def annotations(text: str) -> Annotations:
    found = Annotations()
    for index, line in enumerate(text.split("\n")):
        match = _ANNOTATION.search(line)
        if match is None:
            continue
        ids = match["ids"]
        for end in _COMMENT_ENDS:
            ids = ids.replace(end, "")
        for rule_id in filter(None, (part.strip() for part in ids.split(","))):
            getattr(found, match["kind"])[rule_id].add(index + 2)
    return found


def check(rules_dir: Path, home: Path, jobs: int, timeout: int = 600) -> Report:
    """Run every rule of ``rules_dir`` over its test files in one semgrep process and compare
    the findings with the annotations."""
    files = rule_files(rules_dir)
    failures = [f"{f.path.name}: no test file next to it" for f in files if not f.tests]
    tests = [str(t.relative_to(rules_dir)) for f in files for t in f.tests]
    bundle, targets = write_run(_limited_rules(files, rules_dir), tests, home, "rules-under-test")
    # semgrep-core as scans run it (command.py); semgrep --test allows 5 s per file, a loaded
    # CI machine needs more headroom
    config = ScanConfig(sast_per_file_timeout_seconds=60, sast_jobs=jobs)
    proc = subprocess.run(
        command.base_argv(command.semgrep_core(), bundle, targets, config),
        cwd=rules_dir,
        env=command.clean_env(home),
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    output = read_document(proc.stdout, str(bundle))
    if proc.returncode != 0 or output is None:
        failures.append(
            f"semgrep-core exited {proc.returncode}:\n"
            + proc.stderr.decode(errors="replace")[-3000:]
        )
        return Report(failures, set())
    failures += [f"semgrep error: {json.dumps(e)[:600]}" for e in output.get("errors", [])]
    reported: dict[Path, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for result in output["results"]:
        reported[rules_dir / result["path"]][result["check_id"]].add(result["start"]["line"])
    checked: set[str] = set()
    for f in files:
        ids = {rule["id"] for rule in f.rules}
        for test in f.tests:
            notes = annotations(test.read_text())
            failures += _compare(test, ids, notes, reported[test])
            checked |= set(notes.ruleid) | set(reported[test])
    return Report(failures, checked)


def _limited_rules(files: Iterable[RuleFile], rules_dir: Path) -> Iterable[dict]:
    """Each rule with ``paths`` replaced by its own test files (semgrep --test ignores a rule's
    ``paths`` too, so the rule files' own ``paths`` play no part in their tests). A rule file
    without tests is left out: an empty ``include`` would let its rules run everywhere."""
    for f in files:
        if not f.tests:
            continue
        include = ["/" + t.relative_to(rules_dir).as_posix() for t in f.tests]
        for rule in f.rules:
            yield {**rule, "paths": {"include": include}}


def _compare(
    test: Path,
    ids: set[str],
    notes: Annotations,
    reported: dict[str, set[int]],
) -> list[str]:
    name = test.name
    failures = [
        f"{name}: annotation names {rule_id}, not a rule of its rule file"
        for rule_id in sorted(notes.named() - ids)
    ]
    if notes.named() != set(reported):
        failures.append(
            f"{name}: rule id mismatch: annotated {sorted(notes.named() - set(reported))} "
            f"report nothing here; {sorted(set(reported) - notes.named())} report unannotated"
        )
    for rule_id in sorted(set(notes.ruleid) | set(reported)):
        skipped = notes.todook[rule_id] | notes.todoruleid[rule_id]
        expected = notes.ruleid[rule_id] - skipped
        found = reported.get(rule_id, set()) - skipped
        if missed := sorted(expected - found):
            failures.append(f"{name}: {rule_id} missed lines {missed}")
        if extra := sorted(found - expected):
            failures.append(f"{name}: {rule_id} reported lines {extra} not marked ruleid")
    return failures
