<?php

return [
    'sms_binary' => env('KERBSIDE_SMS_BINARY', '/usr/local/bin/kerbside-sms'),
    'wkhtmltopdf' => env('WKHTMLTOPDF_BINARY', '/usr/bin/wkhtmltopdf'),
    // base64 encoded 32 byte key used to seal customer contact details at rest
    'contact_key' => env('KERBSIDE_CONTACT_KEY'),
    'redirect_hosts' => ['kerbside-rentals.com', 'www.kerbside-rentals.com', 'partners.kerbside-rentals.com'],

    'telematics' => [
        'default_endpoint' => env('TELEMATICS_ENDPOINT', 'https://api.trackfleet.io/v3/readings'),
        'allowed_hosts' => ['api.trackfleet.io', 'gateway.geotab.com', 'telematics.kerbside-rentals.com'],
        'timeout' => (float) env('TELEMATICS_TIMEOUT', 5),
        'ca_bundle' => env('TELEMATICS_CA_BUNDLE', '/etc/ssl/certs/ca-certificates.crt'),
    ],

    'reports' => [
        'default_layout' => <<<'BLADE'
            <h1>{{ $branch->name }} ({{ $branch->code }})</h1>
            <p>Vehicles on fleet: {{ $stats['vehicles'] }} &middot; Reservations this month: {{ $stats['reservations'] }}</p>
            BLADE,
        'receipt_template' => <<<'BLADE'
            <p>{{ $greeting }}, {{ $reservation->customer_name }}.</p>
            <p>Booking <strong>{{ $reservation->reference }}</strong>: {{ $reservation->pickup_at }} to {{ $reservation->return_at }}.</p>
            <p>Total charged: &pound;{{ number_format($reservation->total_cents / 100, 2) }}</p>
            BLADE,
    ],
];
