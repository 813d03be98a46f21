"""Plain PHP views (rules/php/views.yaml) through a real scan: the rules run on view paths
only, and a value printed raw at the start of a link is one finding, the URL rule's."""

from __future__ import annotations

from pathlib import Path

from tracesec.engines.model import ScanConfig, TargetFile
from tracesec.engines.sast import start

VIEW = """<?php
/** @var \\App\\Model\\Entity\\Hive $hive */
?>
<h1><?= h($hive->name) ?></h1>
<div class="notes"><?= $hive->notes ?></div>
<a href="<?= $hive->website ?>">website</a>
<td><?= $hive->frame_count ?></td>
"""


def _findings(root: Path, files: dict[str, str]) -> set[tuple[str, int, str]]:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    targets = [
        TargetFile(path=rel, abspath=root / rel, size=(root / rel).stat().st_size) for rel in files
    ]
    outcome = start(root, targets, ScanConfig(sast_timeout_seconds=300)).wait()
    return {
        (f.location.path, f.location.start_line, f.rule_id)
        for f in outcome.findings
        if ".view-" in f.rule_id
    }


def test_views_report_raw_output_and_other_php_files_do_not(tmp_path: Path) -> None:
    files = {
        "templates/Hives/view.php": VIEW,
        "app/Modules/Hives/Views/show.php": VIEW,
        # the same text outside a view folder: a script's output, judged by the taint rules
        "src/Command/ExportHives.php": VIEW,
    }
    found = _findings(tmp_path, files)
    for view in ("templates/Hives/view.php", "app/Modules/Hives/Views/show.php"):
        assert (view, 5, "trace.php.xss.view-raw-echo") in found
        # one finding for the link: the URL rule's, which the raw-echo rule yields to
        assert (view, 6, "trace.php.xss.view-url-attribute") in found
        assert (view, 6, "trace.php.xss.view-raw-echo") not in found
    assert {path for path, _, _ in found} == {
        "templates/Hives/view.php",
        "app/Modules/Hives/Views/show.php",
    }
    assert len(found) == 4
