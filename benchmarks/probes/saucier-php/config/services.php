<?php

return [
    'cdn' => [
        'base_url' => env('CDN_BASE_URL', 'https://cdn.saucier.test'),
        'allowed_hosts' => ['cdn.saucier.test', 'images.saucier.test', 'static.saucier-partners.com'],
    ],
    'supplier' => [
        'base_url' => env('SUPPLIER_API_URL', 'https://api.provisions-direct.example'),
        'token' => env('SUPPLIER_API_TOKEN'),
        'ca_bundle' => env('SUPPLIER_CA_BUNDLE', '/etc/ssl/certs/ca-certificates.crt'),
        'timeout' => 8,
    ],
    'payments' => [
        'webhook_secret' => env('PAYMENTS_WEBHOOK_SECRET'),
        'tolerance_seconds' => 300,
    ],
    'jwt' => [
        'secret' => env('JWT_SECRET'),
        'ttl_minutes' => 60,
        'issuer' => 'saucier',
    ],
    'ldap' => [
        'host' => env('LDAP_HOST', 'ldaps://directory.saucier.internal'),
        'base_dn' => env('LDAP_BASE_DN', 'ou=staff,dc=saucier,dc=internal'),
        'bind_dn' => env('LDAP_BIND_DN'),
        'bind_password' => env('LDAP_BIND_PASSWORD'),
    ],
    'cors' => [
        'allowed_origins' => ['https://saucier.test', 'https://www.saucier.test', 'https://partners.saucier.test'],
    ],
    'redirects' => [
        'allowed_hosts' => ['saucier.test', 'www.saucier.test', 'help.saucier.test'],
        'marketing_url' => env('MARKETING_URL', 'https://www.saucier.test/welcome'),
    ],
    'imaging' => [
        'convert_binary' => env('IMAGEMAGICK_BIN', '/usr/bin/convert'),
        'max_width' => 2048,
    ],
];
