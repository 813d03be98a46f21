<?php

return [

    'documents' => [
        'attachments_root' => storage_path('app/lease-attachments'),
        'signed_root' => storage_path('app/signed-leases'),
        'photos_root' => storage_path('app/public/unit-photos'),
        'wkhtmltopdf' => env('WKHTMLTOPDF_BIN', '/usr/local/bin/wkhtmltopdf'),
        'ghostscript' => env('GHOSTSCRIPT_BIN', '/usr/bin/gs'),
        'pdfinfo' => env('PDFINFO_BIN', '/usr/bin/pdfinfo'),
        'archive_after_days' => 400,
    ],

    'listings' => [
        'allowed_hosts' => [
            'api.zillow.com',
            'feeds.apartments.com',
            'syndication.rentcafe.com',
        ],
    ],

    'photos' => [
        'max_bytes' => 8 * 1024 * 1024,
    ],

    'invites' => [
        'ttl_hours' => 72,
    ],

    'owner_portal' => [
        'cors_domain' => env('OWNER_PORTAL_CORS_DOMAIN', 'leasewise.io'),
        'url' => env('OWNER_PORTAL_URL', 'https://owners.leasewise.io'),
    ],

    'payments' => [
        'callback_issuer' => env('PAYHUB_CALLBACK_ISSUER', 'payhub'),
    ],

    'logout_destinations' => [
        'portal' => env('TENANT_PORTAL_URL', 'https://portal.leasewise.io'),
        'owners' => env('OWNER_PORTAL_URL', 'https://owners.leasewise.io'),
        'marketing' => 'https://www.leasewise.io',
    ],

];
