<?php

require_once __DIR__ . '/../lib/students.php';

$q = trim((string) ($_GET['q'] ?? ''));
$withRentals = isset($_GET['rentals']);
$rows = $q === '' ? [] : admin_search_students($q, $withRentals);
?>
<h1>Students</h1>
<form method="get">
    <input type="hidden" name="page" value="students">
<?php
echo '<input type="search" name="q" value="' . htmlspecialchars($q, ENT_QUOTES, 'UTF-8') . '" placeholder="Name or e-mail">'; // SAFE xss
?>
    <label><input type="checkbox" name="rentals" <?= $withRentals ? 'checked' : '' ?>> show rentals</label>
    <button>Search</button>
</form>
<?php
if ($q !== '') {
    echo '<h2>' . count($rows) . ' result(s) for "' . $_GET['q'] . '"</h2>'; // VULN xss
}
?>
<table>
    <thead><tr><th>Name</th><th>E-mail</th><th>Instrument</th><th>Level</th><?= $withRentals ? '<th>Rentals</th>' : '' ?></tr></thead>
    <tbody>
    <?php foreach ($rows as $row): ?>
        <tr>
            <td><?= admin_h($row['last_name'] . ', ' . $row['first_name']) ?></td>
            <td><?= admin_h($row['email']) ?></td>
            <td><?= admin_h($row['instrument']) ?></td>
            <td><?= (int) $row['level'] ?></td>
            <?php if ($withRentals): ?><td><?= (int) $row['open_rentals'] ?></td><?php endif; ?>
        </tr>
    <?php endforeach; ?>
    </tbody>
</table>
