<?php
/**
 * Entries export for the show secretary, with a quick registration-number
 * check for queries phoned in on the day.
 */
require_once __DIR__ . '/lib/auth.php';

$admin = require_admin();

$showId = (string) ($_GET['show'] ?? '');
$classCode = trim((string) ($_GET['class'] ?? ''));
$format = ($_GET['format'] ?? 'html') === 'csv' ? 'csv' : 'html';
$reg = strtoupper(trim((string) ($_GET['reg'] ?? '')));

$dog = $reg !== '' ? find_dog_by_registration(legacy_pdo(), $reg) : null;
$rows = ctype_digit($showId) ? entries_for_show(legacy_mysqli(), $showId, $classCode) : [];

if ($format === 'csv' && ctype_digit($showId)) {
    header('Content-Type: text/csv; charset=utf-8');
    header('Content-Disposition: attachment; filename="entries-' . $showId . '.csv"');
    $out = fopen('php://output', 'wb');
    fputcsv($out, ['Ring no.', 'Dog', 'Reg. no.', 'Class', 'Exhibitor', 'E-mail', 'Status']);
    foreach ($rows as $row) {
        fputcsv($out, [$row['ring_number'], $row['registered_name'], $row['reg_number'], $row['class_code'], $row['exhibitor'], $row['email'], $row['status']]);
    }
    fclose($out);
    exit;
}
?>
<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Entries export</title><link rel="stylesheet" href="/legacy/admin/admin.css"></head>
<body>
<p>Signed in as <?= h($admin['username']) ?></p>

<form method="get" class="lookup">
    <input type="hidden" name="show" value="<?= h($showId) ?>">
    <label>Registration number <input name="reg" value="<?= htmlspecialchars($reg, ENT_QUOTES, 'UTF-8') ?>"></label>
    <button type="submit">Check</button>
</form>
<?php if ($reg !== '' && $dog === null): ?>
    <p>No dog registered as <?= htmlspecialchars($reg, ENT_QUOTES, 'UTF-8') ?>.</p> <!-- SAFE xss -->
<?php elseif ($dog !== null): ?>
    <dl>
        <dt>Registered name</dt><dd><?= h($dog['registered_name']) ?></dd>
        <dt>Call name</dt><dd><?= h($dog['call_name']) ?></dd>
        <dt>Breed</dt><dd><?= h($dog['breed']) ?></dd>
        <dt>Affix</dt><dd><?= h($dog['affix']) ?></dd>
    </dl>
<?php endif; ?>

<?php if (!ctype_digit($showId)): ?>
    <p>Choose a show from the secretary menu to export its entries.</p>
<?php else: ?>
    <h1>Entries for show <?= h($showId) ?></h1>
    <?php if ($classCode !== ''): ?>
        <p class="filter">Filtered to class <?= $classCode ?> &middot; <a href="?show=<?= h($showId) ?>">clear</a></p> <!-- VULN xss -->
    <?php endif; ?>
    <table>
        <tr><th>Ring no.</th><th>Dog</th><th>Reg. no.</th><th>Class</th><th>Exhibitor</th><th>Status</th></tr>
        <?php foreach ($rows as $row): ?>
            <tr>
                <td><?= (int) $row['ring_number'] ?></td>
                <td><?= h($row['registered_name']) ?></td>
                <td><?= h($row['reg_number']) ?></td>
                <td><?= h($row['class_code']) ?></td>
                <td><?= h($row['exhibitor']) ?></td>
                <td><?= h($row['status']) ?></td>
            </tr>
        <?php endforeach; ?>
    </table>
    <p><a href="?show=<?= h($showId) ?>&amp;class=<?= urlencode($classCode) ?>&amp;format=csv">Download CSV</a></p>
<?php endif; ?>
</body>
</html>
