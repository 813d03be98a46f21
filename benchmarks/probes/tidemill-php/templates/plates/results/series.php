<?php $this->layout('layout', ['title' => $series['title'] . ' results']) ?>

<h1><?= $this->e($series['title']) ?> <small><?= $this->e($series['season']) ?></small></h1>

<?php if ($notice !== null): ?>
    <div class="flash"><?= $notice ?></div> <!-- VULN xss -->
<?php endif ?>

<form class="fleet-picker" method="get">
    <label>Fleet
        <select name="fleet" onchange="this.form.submit()">
            <option value="">All fleets</option>
            <?php foreach (['Fast Handicap', 'Slow Handicap', 'Juniors', 'Lasers'] as $option): ?>
                <option <?= $option === $fleet ? 'selected' : '' ?>><?= $this->e($option) ?></option>
            <?php endforeach ?>
        </select>
    </label>
</form>

<?php foreach ($races as $raceNo => $race): ?>
    <section class="race">
        <h2>Race <?= (int) $raceNo ?> &middot; <?= $this->e(date('D j M', strtotime((string) $race['date']))) ?></h2>
        <table class="results">
            <thead>
            <tr><th>Pos</th><th>Helm</th><th>Crew</th><th>Class</th><th>Sail</th><th>PY</th><th>Elapsed</th><th>Corrected</th><th>Pts</th></tr>
            </thead>
            <tbody>
            <?php foreach ($race['rows'] as $i => $row): $entry = $row['entry']; ?>
                <tr class="<?= $row['corrected'] === null ? 'dnf' : '' ?>">
                    <td><?= $row['corrected'] === null ? $this->e((string) $entry->code ?: 'DNF') : $i + 1 ?></td>
                    <td><?= $this->e($entry->helm) ?></td> <!-- SAFE xss -->
                    <td><?= $this->e((string) $entry->crew) ?></td>
                    <td><?= $this->e($entry->boatClass) ?></td>
                    <td><?= $this->e($entry->sailNumber) ?></td>
                    <td><?= (int) $entry->portsmouthYardstick ?></td>
                    <td><?= $entry->elapsedSeconds !== null ? gmdate('H:i:s', $entry->elapsedSeconds) : '&ndash;' ?></td>
                    <td><?= $row['corrected'] !== null ? number_format($row['corrected'], 1) : '&ndash;' ?></td>
                    <td><?= number_format($row['points'], 1) ?></td>
                </tr>
            <?php endforeach ?>
            </tbody>
        </table>
    </section>
<?php endforeach ?>

<canvas id="points-chart" width="800" height="320"></canvas>
<script>
    window.tidemillChart = <?= json_encode($chart, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT) ?>; // SAFE xss
</script>
<script src="/assets/results-chart.js" defer></script>
