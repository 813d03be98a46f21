<?php
/**
 * @var list<array<string, mixed>> $visitors
 * @var string                     $company
 * @var string                     $floor
 */
?>
<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Visitor log · Deskrow front desk</title>
    <link rel="stylesheet" href="<?= base_url('assets/frontdesk.css') ?>">
</head>
<body class="frontdesk">
<nav class="frontdesk__nav">
    <a href="<?= site_url('frontdesk/visitors') ?>" class="active">Visitors</a>
    <a href="<?= site_url('frontdesk/reports') ?>">Reports</a>
</nav>

<form method="get" action="<?= site_url('frontdesk/visitors') ?>" class="frontdesk__filters">
    <label>Company <input type="search" name="company" value=<?= htmlspecialchars($company, ENT_QUOTES, 'UTF-8') ?>></label><?php /* VULN xss */ ?>
    <label>Floor <input type="number" name="floor" min="0" max="12" value="<?= esc($floor, 'attr') ?>"></label>
    <button type="submit">Filter</button>
</form>

<table class="frontdesk__visitors">
    <thead>
    <tr><th>Name</th><th>Company</th><th>Host</th><th>Floor / desk</th><th>Pass</th><th>Checked in</th></tr>
    </thead>
    <tbody>
    <?php foreach ($visitors as $visitor): ?>
        <tr>
            <td><?= esc($visitor['name']) ?></td><?php /* SAFE xss */ ?>
            <td><?= esc($visitor['company']) ?></td>
            <td><?= esc($visitor['host'] ?? '—') ?></td>
            <td><?= (int) $visitor['floor'] ?> / <?= (int) $visitor['desk'] ?></td>
            <td><code><?= esc($visitor['pass_code']) ?></code></td>
            <td><?= esc(date('H:i', strtotime($visitor['checked_in_at']))) ?></td>
        </tr>
    <?php endforeach; ?>
    <?php if ($visitors === []): ?>
        <tr><td colspan="6" class="empty">No visitors checked in yet today.</td></tr>
    <?php endif; ?>
    </tbody>
</table>
</body>
</html>
