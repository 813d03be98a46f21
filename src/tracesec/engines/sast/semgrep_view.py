"""The tree semgrep reads: the real root, or a copy in which the files semgrep misreads are
rewritten in place, character for character, so that findings still point into the real
files (Python slices: ``slices.py``; PHP and C# throw expressions: ``throw_expressions.py``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from tracesec.engines.sast import slices, throw_expressions

# file suffix -> the rewrite semgrep needs there (None: the file as it is)
_REWRITES: dict[str, Callable[[bytes], bytes | None]] = {
    ".py": slices.rewrite,
    ".pyw": slices.rewrite,
    ".php": throw_expressions.rewrite,
    ".cs": throw_expressions.rewrite,
}


def mirror(root: Path, args: Sequence[str], directory: Path) -> Path:
    """The root semgrep should run in: ``root`` itself when no target needs a rewrite, else
    ``directory`` holding every target at the same relative path (links to the real files,
    rewritten copies of those that need it)."""
    rewritten: dict[str, bytes] = {}
    for arg in args:
        rewrite = _REWRITES.get(os.path.splitext(arg)[1].lower())
        if rewrite is None or os.path.isabs(arg):
            continue
        try:
            data = (root / arg).read_bytes()
        except OSError:
            continue
        new = rewrite(data)
        if new is not None:
            rewritten[arg] = new
    if not rewritten:
        return root
    for arg in args:
        if os.path.isabs(arg):
            continue  # outside the root (should not happen): semgrep reads it where it is
        target = directory / arg
        target.parent.mkdir(parents=True, exist_ok=True)
        if arg in rewritten:
            target.write_bytes(rewritten[arg])
            continue
        try:
            os.link(root / arg, target)
        except OSError:  # another file system, or a file we may not link
            try:
                shutil.copyfile(root / arg, target)
            except OSError:
                continue  # semgrep reports it as unreadable, as it would in the real tree
    return directory
