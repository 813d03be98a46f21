<?= $this->extend('layout') ?>

<?= $this->section('content') ?>
<h1>Bookings</h1>

<form method="get" action="<?= site_url('bookings') ?>" class="search">
    <input type="search" name="guest" value="<?= esc($guest, 'attr') ?>" placeholder="Guest name">
    <select name="status">
        <?php foreach ($statuses as $s): ?>
            <option value="<?= esc($s, 'attr') ?>" <?= $s === $status ? 'selected' : '' ?>><?= esc(ucfirst($s)) ?></option>
        <?php endforeach ?>
    </select>
    <button type="submit">Search</button>
</form>

<table class="bookings">
    <thead>
    <tr><th>Ref</th><th>Guest</th><th>Cottage</th><th>Arrive</th><th>Depart</th><th>Status</th><th>Guest requests</th></tr>
    </thead>
    <tbody>
    <?php foreach ($bookings as $b): ?>
        <tr class="status-<?= esc($b['status'], 'attr') ?>">
            <td><a href="<?= site_url('bookings/' . (int) $b['id']) ?>"><?= esc($b['reference']) ?></a></td>
            <td><?= esc($b['guest_name']) ?></td> <!-- SAFE xss -->
            <td><?= esc($b['cottage']) ?></td>
            <td><?= esc(date('D j M', strtotime($b['arrival']))) ?></td>
            <td><?= esc(date('D j M', strtotime($b['departure']))) ?></td>
            <td><?= esc($b['status']) ?></td>
            <td class="requests"><?= character_limiter((string) $b['special_requests'], 80) ?></td> <!-- VULN xss -->
        </tr>
    <?php endforeach ?>
    <?php if ($bookings === []): ?>
        <tr><td colspan="7">No bookings match.</td></tr>
    <?php endif ?>
    </tbody>
</table>
<?= $this->endSection() ?>
