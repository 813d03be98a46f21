<?php

return [
    'society_name' => env('SHOWRING_SOCIETY', 'Northern Counties Canine Society'),

    'kennel_club' => [
        'base_url' => env('KC_API_BASE', 'https://api.kennelclub.example.org/v2'),
        'api_key' => env('KC_API_KEY'),
        'ca_bundle' => env('KC_CA_BUNDLE', '/etc/ssl/certs/ca-certificates.crt'),
        'allowed_hosts' => ['api.kennelclub.example.org', 'pedigree.kennelclub.example.org'],
    ],

    'photo_hosts' => ['images.kennelclub.example.org', 'cdn.showring.example.org'],

    'catalogue' => [
        'binary' => env('CATALOGUE_PDF_BIN', '/usr/bin/wkhtmltopdf'),
        'output_dir' => storage_path('app/catalogues'),
    ],

    'exports_dir' => storage_path('app/exports'),
    'media_dir' => storage_path('app/media'),
    'archives_dir' => storage_path('app/results-archives'),

    'jwt' => [
        'secret' => env('SHOWRING_JWT_SECRET'),
        'issuer' => env('SHOWRING_JWT_ISSUER', 'https://sso.showring.example.org'),
    ],

    'ldap' => [
        'host' => env('JUDGES_LDAP_HOST', 'ldaps://directory.kennelclub.example.org'),
        'base_dn' => env('JUDGES_LDAP_BASE', 'ou=judges,dc=kennelclub,dc=example,dc=org'),
        'bind_dn' => env('JUDGES_LDAP_BIND_DN'),
        'bind_password' => env('JUDGES_LDAP_BIND_PASSWORD'),
    ],

    'cors' => [
        'allowed_origins' => ['https://showring.example.org', 'https://ringside.showring.example.org'],
    ],
];
