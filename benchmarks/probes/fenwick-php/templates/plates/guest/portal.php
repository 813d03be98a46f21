<?php
/** @var \Fenwick\Domain\Booking\Booking $booking */
/** @var \Fenwick\Domain\Cottage\Cottage|null $cottage */
$this->layout('layout', ['title' => 'My stay', 'lang' => $prefs['lang'] ?? 'en']);
$hidden = (array) ($prefs['hidden'] ?? []);
?>
<h1>Hello <?= $this->e($booking->guestName) ?></h1> <!-- SAFE xss -->

<section class="stay">
    <p>
        Booking <strong><?= $this->e($booking->reference) ?></strong>:
        <?= $this->e($booking->arrival->format('l j F Y')) ?> for <?= (int) $booking->nights() ?> night<?= $booking->nights() === 1 ? '' : 's' ?>
    </p>
    <?php if ($upcoming): ?>
        <p class="note">Your key safe code will be texted to you at 9am on the day you arrive.</p>
    <?php endif ?>
    <p><a href="/my-stay/invoice/<?= $this->e(rawurlencode($booking->reference)) ?>">Download your invoice (PDF)</a></p>
</section>

<?php if ($cottage !== null): ?>
<section class="cottage">
    <h2><?= $this->e($cottage->name) ?></h2>
    <p><?= $this->e($cottage->village) ?></p>
    <?php if ($cottage->ownerWebsite !== null && !in_array('owner', $hidden, true)): ?>
        <p>Your hosts also have their own website: <a href="<?= $this->e($cottage->ownerWebsite) ?>" rel="noopener">visit <?= $this->e($cottage->name) ?></a></p> <!-- VULN xss -->
    <?php endif ?>

    <?php if ($guides !== [] && !in_array('guides', $hidden, true)): ?>
        <h3>Local guides</h3>
        <ul>
            <?php foreach ($guides as $guide): ?>
                <li><a href="/guides/<?= (int) $cottage->id ?>?file=<?= $this->e(rawurlencode($guide)) ?>"><?= $this->e($guide) ?></a></li>
            <?php endforeach ?>
        </ul>
    <?php endif ?>
</section>
<?php endif ?>

<?php if ($booking->specialRequests && !in_array('requests', $hidden, true)): ?>
<section class="requests">
    <h2>Your requests</h2>
    <p><?= nl2br($this->e($booking->specialRequests)) ?></p>
</section>
<?php endif ?>

<section class="units">
    <p>Distances are shown in <?= ($prefs['units'] ?? 'metric') === 'imperial' ? 'miles' : 'kilometres' ?>.</p>
</section>
