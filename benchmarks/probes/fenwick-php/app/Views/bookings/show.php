<?= $this->extend('layout') ?>

<?= $this->section('content') ?>
<h1>Booking <?= esc($booking['reference']) ?></h1>

<dl class="booking">
    <dt>Guest</dt><dd><?= esc($booking['guest_name']) ?> &lt;<?= esc($booking['guest_email']) ?>&gt;</dd>
    <dt>Cottage</dt><dd><?= esc($booking['cottage']) ?>, <?= esc($booking['village']) ?></dd>
    <dt>Stay</dt><dd><?= esc($booking['arrival']) ?> to <?= esc($booking['departure']) ?></dd>
    <dt>Total</dt><dd>&pound;<?= number_format(((int) $booking['total_pence']) / 100, 2) ?></dd>
</dl>

<?= form_open('bookings/' . (int) $booking['id'] . '/note') ?>
    <label for="special_requests">Guest requests</label>
    <textarea id="special_requests" name="special_requests" rows="4"><?= esc($booking['special_requests'] ?? '') ?></textarea>
    <label for="housekeeping_note">Note for housekeeping</label>
    <textarea id="housekeeping_note" name="housekeeping_note" rows="3"><?= esc($booking['housekeeping_note'] ?? '') ?></textarea>
    <button type="submit">Save notes</button>
<?= form_close() ?>
<?= $this->endSection() ?>
