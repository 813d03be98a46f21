<?php
/**
 * Fee estimator for walk-in customers.
 * @var mysqli $db
 * @var array $user
 */

$valuation = isset($_POST['valuation']) ? max(0.0, (float) $_POST['valuation']) : 0.0;
$formula = trim((string) ($_POST['formula'] ?? ''));
$results = [];
$custom = null;

if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
    check_csrf();

    foreach (fee_schedule($db) as $row) {
        $results[] = [
            'label' => $row['label'],
            'fee' => evaluate_schedule_rule($row['rule'], $valuation),
        ];
    }

    if ($formula !== '') {
        $custom = estimate_fee($formula, $valuation);
    }
}
?>
<h1>Fee estimate</h1>

<form method="post">
    <input type="hidden" name="_token" value="<?= h(csrf_token()) ?>">
    <label>Declared valuation ($) <input type="number" step="0.01" min="0" name="valuation" value="<?= h((string) $valuation) ?>" required></label>
    <label>What-if formula <input type="text" name="formula" value="<?= h($formula) ?>" placeholder="valuation * 0.0125 + 85"></label>
    <button type="submit">Estimate</button>
</form>

<?php if ($results): ?>
    <table class="grid">
        <thead><tr><th>Fee</th><th>Amount</th></tr></thead>
        <tbody>
        <?php foreach ($results as $result): ?>
            <tr>
                <td><?= h($result['label']) ?></td>
                <td><?= $result['fee'] === null ? 'n/a' : h(number_format($result['fee'], 2)) ?></td>
            </tr>
        <?php endforeach; ?>
        </tbody>
    </table>
<?php endif; ?>

<?php if ($formula !== ''): ?>
    <p>What-if result: <strong><?= $custom === null ? 'formula not understood' : h(number_format($custom, 2)) ?></strong></p>
<?php endif; ?>
