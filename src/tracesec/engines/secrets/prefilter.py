"""Keyword prefilters: which detectors could match this buffer at all?

Two interchangeable implementations over the same lowercase keywords:

- ``Re2SetPrefilter`` (default): an RE2 ``Set`` of escaped literals, i.e. one DFA pass that
  reports which keywords occur. Measured on Django's source (15 MB of text): ~0.04 s.
- ``AhoCorasickPrefilter``: ``pyahocorasick``. Same answer, but its per-node child lookup
  makes it ~25 MB/s on real text (0.5 s on the same tree), which alone would eat the whole
  20 MB/s budget. Kept for comparison in ``benchmarks/bench_secrets.py`` and as a fallback.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import ahocorasick
import re2


class Prefilter(Protocol):
    def candidates(self, data: bytes) -> set[int]: ...


class Re2SetPrefilter:
    def __init__(self, keywords: Mapping[str, Sequence[int]]) -> None:
        options = re2.Options()
        options.case_sensitive = False
        options.log_errors = False
        options.max_mem = 256 << 20
        self._set = re2.Set.SearchSet(options)
        self._targets: list[tuple[int, ...]] = []
        for keyword, indexes in keywords.items():
            self._set.Add(re2.escape(keyword.encode()))
            self._targets.append(tuple(indexes))
        self._set.Compile()

    def candidates(self, data: bytes) -> set[int]:
        selected: set[int] = set()
        for keyword_index in self._set.Match(data) or ():
            selected.update(self._targets[keyword_index])
        return selected


class AhoCorasickPrefilter:
    def __init__(self, keywords: Mapping[str, Sequence[int]]) -> None:
        automaton = ahocorasick.Automaton()
        for keyword, indexes in keywords.items():
            automaton.add_word(keyword, tuple(indexes))
        automaton.make_automaton()
        self._automaton = automaton
        self._count = len(keywords)

    def candidates(self, data: bytes) -> set[int]:
        selected: set[int] = set()
        seen: set[tuple[int, ...]] = set()
        # Latin-1 keeps one character per byte, so lowercase ASCII keywords match as bytes do.
        for _end, indexes in self._automaton.iter(data.lower().decode("latin-1")):
            if indexes not in seen:
                seen.add(indexes)
                selected.update(indexes)
                if len(seen) == self._count:
                    break
        return selected
