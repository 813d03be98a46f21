<?= $this->extend('layout') ?>

<?= $this->section('content') ?>
<h1>Cleaning rota — week of <?= esc(date('j F Y', strtotime($monday))) ?></h1>

<form method="get" action="<?= site_url('rota') ?>">
    <input type="date" name="week" value="<?= esc($monday, 'attr') ?>">
    <input type="text" name="cleaner" value="<?= esc($cleaner, 'attr') ?>" placeholder="Cleaner (uid)" list="cleaner-list">
    <datalist id="cleaner-list"></datalist>
    <button type="submit">Show</button>
</form>

<table class="rota">
    <thead><tr><th>Date</th><th>Start</th><th>Cottage</th><th>Cleaner</th><th>Est.</th><th>Key safe</th><th>Checklist</th></tr></thead>
    <tbody>
    <?php foreach ($shifts as $s): ?>
        <tr>
            <td><?= esc(date('D j', strtotime($s['shift_date']))) ?></td>
            <td><?= esc($s['start_time']) ?></td>
            <td><?= esc($s['cottage']) ?> <small><?= esc($s['village']) ?></small></td>
            <td><?= esc($s['cleaner_uid']) ?></td>
            <td><?= (int) $s['estimated_minutes'] ?> min</td>
            <td><code><?= esc($s['key_safe_code']) ?></code></td>
            <td>
                <?php if (!empty($s['checklist_file'])): ?>
                    <a href="<?= site_url('rota/checklist') . '?file=' . rawurlencode($s['checklist_file']) ?>">Open</a>
                <?php endif ?>
            </td>
        </tr>
    <?php endforeach ?>
    </tbody>
</table>

<script>
    const cleanerSearchUrl = <?= json_encode(site_url('rota/cleaners'), JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES) ?>;
    document.querySelector('input[name=cleaner]').addEventListener('input', async (e) => {
        if (e.target.value.length < 2) return;
        const res = await fetch(cleanerSearchUrl + '?q=' + encodeURIComponent(e.target.value));
        const list = document.getElementById('cleaner-list');
        list.replaceChildren(...(await res.json()).map((c) => Object.assign(document.createElement('option'), {value: c.uid, label: c.name})));
    });
</script>
<?= $this->endSection() ?>
