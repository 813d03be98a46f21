<?php
/**
 * Included from pages/lookup.php.
 * @var string $q
 * @var string $licenceClass
 * @var array $permits
 * @var array $contractors
 */
?>
<?php if ($q !== ''): ?>
    <h2>Permits matching &ldquo;<?= $q ?>&rdquo;</h2> <!-- VULN xss -->
    <?php if (!$permits): ?>
        <p>No permits found.</p>
    <?php else: ?>
        <table class="grid">
            <thead><tr><th>Reference</th><th>Address</th><th>Applicant</th><th>Status</th><th>Submitted</th></tr></thead>
            <tbody>
            <?php foreach ($permits as $row): ?>
                <tr>
                    <td><a href="/legacy/api.php?action=permit&amp;ref=<?= rawurlencode($row['reference']) ?>"><?= h($row['reference']) ?></a></td>
                    <td><?= h($row['site_address']) ?></td>
                    <td><?= h($row['applicant_name']) ?></td> <!-- SAFE xss -->
                    <td><?= h($row['status']) ?></td>
                    <td><?= h(substr((string) $row['submitted_at'], 0, 10)) ?></td>
                </tr>
            <?php endforeach; ?>
            </tbody>
        </table>
    <?php endif; ?>
<?php endif; ?>

<?php if ($licenceClass !== ''): ?>
    <h2>Contractors, class <?= h($licenceClass) ?></h2>
    <table class="grid">
        <thead><tr><th>Company</th><th>Licence</th><th>Permits</th><th>Last submission</th></tr></thead>
        <tbody>
        <?php foreach ($contractors as $row): ?>
            <tr>
                <td><?= h($row['company_name']) ?></td>
                <td><?= h($row['licence_number']) ?></td>
                <td><?= (int) $row['permits'] ?></td>
                <td><?= h((string) $row['last_submission']) ?></td>
            </tr>
        <?php endforeach; ?>
        </tbody>
    </table>
<?php endif; ?>
