<?php
declare(strict_types=1);

require_once __DIR__ . '/../bootstrap.php';
require_once __DIR__ . '/../lib/ReportTool.php';

require_admin();
$config = slate_config();
$tool = new ReportTool($config['report_binary'], $config['paths']['reports']);

if (is_post()) {
    $sectionId = (int) ($_POST['section_id'] ?? 0);
    $term = trim((string) ($_POST['term'] ?? ''));
    $logoUrl = trim((string) ($_POST['logo_url'] ?? ''));

    $stmt = slate_pdo()->prepare('SELECT id, title FROM sections WHERE id = ?');
    $stmt->execute([$sectionId]);
    $section = $stmt->fetch() ?: exit('Unknown section');

    $rows = slate_pdo()->prepare('SELECT s.first_name, s.last_name, g.score FROM grades g JOIN students s ON s.id = g.student_id WHERE g.section_id = ? ORDER BY s.last_name');
    $rows->execute([$sectionId]);

    $logo = '';
    if ($logoUrl !== '') {
        $bytes = file_get_contents($logoUrl); // VULN ssrf
        $logo = $bytes === false ? '' : 'data:image/png;base64,' . base64_encode($bytes);
    }

    $pdf = $tool->renderPdf($tool->buildHtml($section, $rows->fetchAll(), $logo), $term);
    audit_log('report.render', ['section' => $sectionId, 'term' => $term]);
    header('Content-Type: application/pdf');
    header('Content-Disposition: attachment; filename="progress-report-' . $sectionId . '.pdf"');
    readfile($pdf);
    unlink($pdf);
    exit;
}

render_header('Reports');
echo '<p class="muted">Renderer: ' . h($tool->version()) . '</p>';
echo '<form method="post"><input type="number" name="section_id" required> <input name="term" placeholder="Fall 2024"> '
    . '<input type="url" name="logo_url" placeholder="Letterhead logo URL"> <button>Render PDF</button></form>';
render_footer();
