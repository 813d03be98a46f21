<?php
/**
 * Rendered by InvoiceService::renderHtml().
 *
 * @var array<string, mixed>              $invoice
 * @var list<array<string, mixed>>        $lines
 * @var array{net: int, vat: int, gross: int} $totals
 * @var \App\Entity\Member                $member
 */
$money = static fn (int $cents): string => number_format($cents / 100, 2, '.', ',') . ' EUR';
?>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Invoice <?= htmlspecialchars((string) $invoice['number'], ENT_QUOTES, 'UTF-8') ?></title>
    <link rel="stylesheet" href="/build/invoice.css">
</head>
<body class="invoice invoice--standard">
<header class="invoice__header">
    <img src="/build/deskrow-logo.svg" alt="Deskrow" height="40">
    <h1>Invoice <?= htmlspecialchars((string) $invoice['number'], ENT_QUOTES, 'UTF-8') ?></h1>
    <dl class="invoice__meta">
        <dt>Issued</dt><dd><?= htmlspecialchars((string) $invoice['issued_at'], ENT_QUOTES, 'UTF-8') ?></dd>
        <dt>Due</dt><dd><?= htmlspecialchars((string) $invoice['due_at'], ENT_QUOTES, 'UTF-8') ?></dd>
    </dl>
</header>

<section class="invoice__billing" data-company="<?= htmlspecialchars((string) $member->getCompany(), ENT_QUOTES, 'UTF-8') ?>"><?php /* SAFE xss */ ?>
    <strong><?= htmlspecialchars((string) $invoice['billing_name'], ENT_QUOTES, 'UTF-8') ?></strong><br>
    <?= nl2br(htmlspecialchars((string) $invoice['billing_address'], ENT_QUOTES, 'UTF-8')) ?>
</section>

<table class="invoice__lines">
    <thead>
    <tr><th>Description</th><th>Qty</th><th>Unit</th><th>Amount</th></tr>
    </thead>
    <tbody>
    <?php foreach ($lines as $line): ?>
        <tr>
            <td><?= htmlspecialchars((string) $line['description'], ENT_QUOTES, 'UTF-8') ?></td>
            <td><?= (int) $line['quantity'] ?></td>
            <td><?= $money((int) $line['unit_cents']) ?></td>
            <td><?= $money((int) $line['quantity'] * (int) $line['unit_cents']) ?></td>
        </tr>
    <?php endforeach; ?>
    </tbody>
    <tfoot>
    <tr><th colspan="3">Net</th><td><?= $money($totals['net']) ?></td></tr>
    <tr><th colspan="3">VAT</th><td><?= $money($totals['vat']) ?></td></tr>
    <tr><th colspan="3">Total</th><td><?= $money($totals['gross']) ?></td></tr>
    </tfoot>
</table>

<footer class="invoice__footer">
    Deskrow GmbH · Torstraße 140 · 10119 Berlin · VAT DE 314 159 265
</footer>
</body>
</html>
