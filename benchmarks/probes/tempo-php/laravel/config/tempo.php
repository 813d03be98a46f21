<?php

return [
    'school_name' => env('TEMPO_SCHOOL_NAME', 'Tempo Music School'),
    'jwt_secret' => env('TEMPO_JWT_SECRET'),
    'invoice_link_key' => env('TEMPO_INVOICE_LINK_KEY'),
    'recordings_dir' => storage_path('app/recordings'),
    'clips_dir' => storage_path('app/public/clips'),
    'repertoire_catalog' => storage_path('app/repertoire/catalog.xml'),
    'reset_code_ttl_minutes' => 15,

    'ldap' => [
        'host' => env('LDAP_HOST', 'ldaps://directory.tempo-music.org'),
        'base_dn' => env('LDAP_BASE_DN', 'dc=tempo-music,dc=org'),
        'bind_dn' => env('LDAP_BIND_DN'),
        'bind_password' => env('LDAP_BIND_PASSWORD'),
    ],

    'http' => [
        'ca_bundle' => env('TEMPO_CA_BUNDLE', true),
        'timeout' => (int) env('TEMPO_HTTP_TIMEOUT', 10),
    ],

    'calendar_hosts' => ['calendar.google.com', 'outlook.office365.com', 'p01-caldav.icloud.com'],
];
