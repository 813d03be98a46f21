<?php

require_once __DIR__ . '/../lib/pricing.php';

$lessons = max(1, min(40, (int) ($_POST['lessons'] ?? 10)));
$requestedMinutes = (int) ($_POST['minutes'] ?? 30);
$minutes = in_array($requestedMinutes, [30, 45, 60], true) ? $requestedMinutes : 30;
$estimate = $_SERVER['REQUEST_METHOD'] === 'POST' ? tuition_estimate_cents($lessons, $minutes) : null;
?>
<h1>Tuition estimate</h1>
<form method="post" action="?page=tuition">
    <label>Lessons per term <input type="number" name="lessons" min="1" max="40" value="<?= $lessons ?>"></label>
    <label>Minutes
        <select name="minutes">
            <?php foreach ([30, 45, 60] as $m): ?>
                <option value="<?= $m ?>" <?= $m === $minutes ? 'selected' : '' ?>><?= $m ?></option>
            <?php endforeach; ?>
        </select>
    </label>
    <button>Calculate</button>
</form>
<?php if ($estimate !== null): ?>
    <p class="estimate">Estimated tuition: <strong><?= format_cents($estimate) ?></strong></p>
<?php endif; ?>
