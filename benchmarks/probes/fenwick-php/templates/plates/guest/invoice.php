<?php
/** @var \Fenwick\Domain\Booking\Booking $booking */
/** @var \Fenwick\Domain\Cottage\Cottage|null $cottage */
?>
<!doctype html>
<html lang="en-GB">
<head>
    <meta charset="utf-8">
    <title>Invoice <?= $this->e($booking->reference) ?></title>
    <style>
        body { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; }
        table { width: 100%; border-collapse: collapse; }
        td, th { padding: 4pt; border-bottom: 1px solid #ccc; text-align: left; }
        .total { font-weight: bold; }
    </style>
</head>
<body>
<h1>Fenwick Cottages Ltd</h1>
<p>Invoice for booking <?= $this->e($booking->reference) ?> · issued <?= $this->e(date('j F Y')) ?></p>

<p>
    <?= $this->e($booking->guestName) ?><br>
    <?= $this->e($booking->guestEmail) ?>
</p>

<table>
    <tr><th>Description</th><th>Nights</th><th>Amount</th></tr>
    <tr>
        <td><?= $this->e($cottage?->name ?? 'Holiday cottage') ?>, <?= $this->e($booking->arrival->format('j M')) ?> – <?= $this->e($booking->departure->format('j M Y')) ?></td>
        <td><?= (int) $booking->nights() ?></td>
        <td>&pound;<?= number_format($booking->totalPence / 100, 2) ?></td>
    </tr>
    <tr class="total"><td colspan="2">Total paid</td><td>&pound;<?= number_format($booking->totalPence / 100, 2) ?></td></tr>
</table>

<p>VAT registration GB 000 0000 00. Thank you for staying with us.</p>
</body>
</html>
