<?php

return [
    'jwt_secret' => env('SLATEBOOK_JWT_SECRET'),
    'jwt_ttl'    => (int) env('SLATEBOOK_JWT_TTL', 3600),
    'jwt_issuer' => env('APP_URL', 'https://portal.slatebook.org'),

    'cors_origins'   => ['https://portal.slatebook.org', 'https://app.slatebook.org'],
    'redirect_hosts' => ['portal.slatebook.org', 'help.slatebook.org', 'www.mvusd.k12.ca.us'],
    'calendar_hosts' => ['calendar.google.com', 'outlook.office365.com'],

    'sis' => [
        'base_url'  => env('SIS_BASE_URL', 'https://sis.mvusd.k12.local/api/v2'),
        'token'     => env('SIS_API_TOKEN'),
        'ca_bundle' => env('SIS_CA_BUNDLE', '/etc/ssl/certs/mvusd-internal-ca.pem'),
    ],

    'mongo_uri' => env('SLATEBOOK_MONGO_URI', 'mongodb://127.0.0.1:27017'),

    'documents_root'    => storage_path('app/documents'),
    'report_cards_root' => storage_path('app/report-cards'),

    'newsletter_layouts' => [
        'default'  => "<h1>{{ school }}</h1>\n<div class=\"body\">{{ body|nl2br }}</div>\n<p>{{ signature }}</p>",
        'bulletin' => "<h2>{{ school }} Weekly Bulletin</h2>\n<section>{{ body|nl2br }}</section>",
        'urgent'   => "<div class=\"urgent\"><strong>Important:</strong> {{ body }}</div>",
    ],
];
