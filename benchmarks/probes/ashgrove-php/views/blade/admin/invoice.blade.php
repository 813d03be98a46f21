<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta charset="utf-8">
    <title>Invoice {{ $booking->reference }}</title>
    <style>
        body { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; }
        table { width: 100%; border-collapse: collapse; }
        td, th { border-bottom: 1px solid #ccc; padding: 4px; text-align: left; }
        .total { font-weight: bold; }
    </style>
</head>
<body>
<h1>Ashgrove Village Hall</h1>
<p>Church Lane, Ashgrove · Registered charity 1023456</p>

<h2>Invoice {{ $booking->reference }}</h2>
<p>Issued {{ $issuedAt->format('j F Y') }} to {{ $booking->member->display_name }}</p>

<table>
    <tr><th>Event</th><td>{{ $booking->title }}</td></tr>
    <tr><th>Room</th><td>{{ $booking->room->name }}</td></tr>
    <tr><th>Date</th><td>{{ $booking->starts_at->format('l j F Y, g:ia') }} – {{ $booking->ends_at->format('g:ia') }}</td></tr>
    <tr><th>Hire charge</th><td>@money($booking->quoted_price)</td></tr>
    <tr><th>Deposit paid</th><td>@money($deposit)</td></tr>
    <tr class="total"><th>Balance due</th><td>@money($booking->quoted_price - $deposit)</td></tr>
</table>

<p>Please pay by bank transfer to Ashgrove Village Hall, sort code 30-94-12, account 01234567, quoting {{ $booking->reference }}.</p>
</body>
</html>
