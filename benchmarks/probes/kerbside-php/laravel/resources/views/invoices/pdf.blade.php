<!doctype html>
<html>
<head><meta charset="utf-8"><style>body { font-family: DejaVu Sans, sans-serif; font-size: 12px; }</style></head>
<body>
    <h1>Kerbside Rentals Ltd</h1>
    <p>Invoice for booking {{ $reservation->reference }}</p>
    <table>
        <tr><th>Vehicle</th><td>{{ $reservation->vehicle->make }} {{ $reservation->vehicle->model }}</td></tr>
        <tr><th>Period</th><td>{{ $reservation->pickup_at->toDateString() }} &ndash; {{ $reservation->return_at->toDateString() }}</td></tr>
        <tr><th>Rental</th><td>&pound;{{ number_format($reservation->total_cents / 100, 2) }}</td></tr>
    </table>
</body>
</html>
