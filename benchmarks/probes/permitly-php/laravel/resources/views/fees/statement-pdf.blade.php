<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <style>
        body { font-family: "DejaVu Sans", sans-serif; font-size: 11px; }
        table { width: 100%; border-collapse: collapse; }
        th, td { border-bottom: 1px solid #ccc; padding: 4px; text-align: left; }
        td.amount, th.amount { text-align: right; }
        footer { position: fixed; bottom: 0; font-size: 9px; color: #555; }
    </style>
</head>
<body>
<h1>Fee statement {{ $statement->statement_number }}</h1>
<p>
    {{ $statement->contractor?->company_name ?? $statement->permit?->applicant_name }}<br>
    Permit {{ $statement->permit?->reference }} &middot; {{ $statement->permit?->site_address }}<br>
    Period {{ $statement->period_from?->format('j M Y') }} &ndash; {{ $statement->period_to?->format('j M Y') }}
</p>

<table>
    <thead>
    <tr><th>Code</th><th>Description</th><th class="amount">Qty</th><th class="amount">Amount</th></tr>
    </thead>
    <tbody>
    @foreach ($lineItems as $item)
        <tr>
            <td>{{ $item['code'] ?? '' }}</td>
            <td>{{ $item['description'] ?? '' }}</td>
            <td class="amount">{{ $item['quantity'] ?? 1 }}</td>
            <td class="amount">{{ number_format(($item['amount_cents'] ?? 0) / 100, 2) }}</td>
        </tr>
    @endforeach
    </tbody>
    <tfoot>
    <tr><th colspan="3" class="amount">Total</th><th class="amount">{{ $statement->formattedTotal() }}</th></tr>
    <tr><th colspan="3" class="amount">Paid</th><th class="amount">{{ number_format($statement->paid_cents / 100, 2) }}</th></tr>
    <tr><th colspan="3" class="amount">Balance due</th><th class="amount">{{ number_format($statement->balanceCents() / 100, 2) }}</th></tr>
    </tfoot>
</table>

<footer>{!! $footer !!}</footer> {{-- SAFE xss --}}
</body>
</html>
