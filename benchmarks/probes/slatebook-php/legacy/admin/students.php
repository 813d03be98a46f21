<?php
declare(strict_types=1);

require_once __DIR__ . '/../bootstrap.php';
require_once __DIR__ . '/../lib/StudentRepository.php';

$admin = require_admin();
$repo = new StudentRepository(slate_pdo());
$q = trim((string) ($_GET['q'] ?? ''));

render_header('Students');

if (isset($_GET['id']) && ($student = $repo->find((int) $_GET['id'])) !== null) {
    echo '<h1>' . h($student['first_name'] . ' ' . $student['last_name']) . '</h1><p>Homeroom ' . h($student['homeroom']) . '</p>';
}
?>
<form method="get" action="/admin/students.php" class="search">
  <input type="text" name="q" value="<?= h($q) ?>" placeholder="Last name"> <!-- SAFE xss -->
  <button type="submit">Search</button>
</form>
<?php
if ($q !== '') {
    $rows = $repo->searchBySurname($q, (int) ($admin['school_id'] ?? 0));
    echo '<h2>' . count($rows) . ' results for &ldquo;' . $_GET['q'] . '&rdquo;</h2>'; // VULN xss
    echo '<table class="students"><tr><th>Name</th><th>Grade</th><th>Homeroom</th></tr>';
    foreach ($rows as $row) {
        printf(
            '<tr><td><a href="/admin/students.php?id=%d">%s, %s</a></td><td>%d</td><td>%s</td></tr>',
            (int) $row['id'],
            h($row['last_name']),
            h($row['first_name']),
            (int) $row['grade_level'],
            h($row['homeroom'])
        );
    }
    echo '</table>';
}
render_footer();
