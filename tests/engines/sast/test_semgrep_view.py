"""The tree semgrep reads: the real root unless a target needs a rewrite."""

from __future__ import annotations

from pathlib import Path

from tracesec.engines.sast.semgrep_view import mirror


def test_the_mirror_is_only_built_when_a_target_needs_a_rewrite(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "a.py").write_text("x = y[1:]\n")
    (root / "b.js").write_text("const x = y.slice(1);\n")
    (root / "c.py").write_text("x = 1\n")
    (root / "d.php").write_text("<?php\n$r = find($id) ?? throw new E();\n")
    (root / "e.cs").write_text("class E { void F() { throw new X(); } }\n")
    assert mirror(root, ["b.js", "c.py", "e.cs"], tmp_path / "m1") == root
    built = mirror(root, ["pkg/a.py", "b.js", "c.py", "d.php", "e.cs"], tmp_path / "m2")
    assert built == tmp_path / "m2"
    assert (built / "pkg" / "a.py").read_text() == "x = y[1,]\n"
    assert (built / "d.php").read_text() == "<?php\n$r = find($id) ?? null         ;\n"
    assert (built / "b.js").read_text() == "const x = y.slice(1);\n"
    assert (built / "e.cs").read_text() == "class E { void F() { throw new X(); } }\n"
    # the real files are untouched
    assert (root / "pkg" / "a.py").read_text() == "x = y[1:]\n"
    assert (root / "d.php").read_text() == "<?php\n$r = find($id) ?? throw new E();\n"
