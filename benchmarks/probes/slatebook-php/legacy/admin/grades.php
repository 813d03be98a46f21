<?php
declare(strict_types=1);

require_once __DIR__ . '/../bootstrap.php';

$admin = require_admin();
$db = slate_mysqli();

if (is_post()) {
    $score = (int) ($_POST['score'] ?? 0);
    $gradeId = $_POST['grade_id'] ?? '';
    $section = (int) ($_POST['section'] ?? 0);
    if ($score < 0 || $score > 100) {
        header('Location: /admin/grades.php?section=' . $section . '&msg=' . urlencode('Score must be between 0 and 100'));
        exit;
    }

    $db->query("UPDATE grades SET score = " . $score . ", updated_by = " . (int) $admin['id'] . ", updated_at = NOW() WHERE id = " . $gradeId); // VULN sqli
    audit_log('grade.update', ['grade' => $gradeId, 'score' => $score]);
    header('Location: /admin/grades.php?section=' . $section . '&msg=' . urlencode('Grade updated'));
    exit;
}

$sectionId = (int) ($_GET['section'] ?? 0);
render_header('Grades');
if (isset($_GET['msg'])) {
    flash_banner($_GET['msg']);
}

$stmt = $db->prepare('SELECT g.id, s.first_name, s.last_name, g.score FROM grades g JOIN students s ON s.id = g.student_id WHERE g.section_id = ? ORDER BY s.last_name');
$stmt->bind_param('i', $sectionId);
$stmt->execute();

echo '<table class="grades"><tr><th>Student</th><th>Score</th><th>Letter</th></tr>';
foreach ($stmt->get_result()->fetch_all(MYSQLI_ASSOC) as $row) {
    echo '<tr><td>' . h($row['last_name'] . ', ' . $row['first_name']) . '</td><td>' . (int) $row['score'] . '</td><td>' . letter_grade((float) $row['score']) . '</td></tr>';
}
echo '</table>';
render_footer();
