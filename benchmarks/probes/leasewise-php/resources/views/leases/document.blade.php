<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Residential Lease Agreement</title>
    <style>
        body { font-family: Georgia, serif; font-size: 12pt; line-height: 1.5; }
        h1 { text-align: center; font-size: 18pt; }
        .parties td { padding: 4px 12px; }
        .signature { margin-top: 48px; border-top: 1px solid #000; width: 280px; }
    </style>
</head>
<body>
    <h1>Residential Lease Agreement</h1>

    <table class="parties">
        <tr><td>Landlord</td><td>{{ $lease->unit->property->owner?->name ?? 'Leasewise Property Management' }}</td></tr>
        <tr><td>Tenant</td><td>{{ $lease->tenant->full_name }}</td></tr>
        <tr><td>Premises</td><td>{{ $lease->unit->property->address_line }}, Unit {{ $lease->unit->label }}</td></tr>
        <tr><td>Term</td><td>{{ $lease->starts_on->format('F j, Y') }} to {{ $lease->ends_on?->format('F j, Y') ?? 'month-to-month' }}</td></tr>
        <tr><td>Monthly rent</td><td>{{ \App\Support\Money::format($lease->rent_cents) }}</td></tr>
        <tr><td>Security deposit</td><td>{{ \App\Support\Money::format($lease->deposit_cents ?? 0) }}</td></tr>
    </table>

    <h2>1. Rent</h2>
    <p>Rent is due on the first day of each month. Rent received after the grace period of
        {{ $lease->unit->property->grace_days ?? 5 }} days is subject to the late fee schedule of the property.</p>

    <h2>2. Maintenance</h2>
    <p>Tenant shall report maintenance issues promptly through the Leasewise tenant portal.</p>

    @if ($includeAddenda)
        <h2>Addenda</h2>
        <p>Lead-based paint disclosure, pet addendum and parking rules are attached and form part of this lease.</p>
    @endif

    <div class="signature">Landlord</div>
    <div class="signature">Tenant</div>
</body>
</html>
