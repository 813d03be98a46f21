<?php

declare(strict_types=1);

/**
 * Application settings. Environment-specific values come from the process
 * environment (see deploy/tidemill.env on the club server).
 */
return [
    'app' => [
        'name' => 'Tidemill Sailing Club',
        'base_url' => getenv('TIDEMILL_BASE_URL') ?: 'https://tidemill-sc.org.uk',
        'timezone' => 'Europe/London',
        'season_start_month' => 4,
    ],
    'db' => [
        'driver' => 'pdo_pgsql',
        'host' => getenv('TIDEMILL_DB_HOST') ?: '127.0.0.1',
        'port' => (int) (getenv('TIDEMILL_DB_PORT') ?: 5432),
        'dbname' => getenv('TIDEMILL_DB_NAME') ?: 'tidemill',
        'user' => getenv('TIDEMILL_DB_USER') ?: 'tidemill',
        'password' => (string) getenv('TIDEMILL_DB_PASSWORD'), // SAFE secret
    ],
    'auth' => [
        'jwt_key' => 'tm-harbour-2019!Kx8vQ2-signing-key-do-not-share', // VULN secret
        'issuer' => 'https://tidemill-sc.org.uk',
        'ttl' => 3600 * 8,
        'basket_key' => (string) getenv('TIDEMILL_BASKET_KEY'),
    ],
    'ldap' => [
        'uri' => getenv('TIDEMILL_LDAP_URI') ?: 'ldaps://directory.tidemill-sc.org.uk',
        'base_dn' => 'ou=members,dc=tidemill-sc,dc=org,dc=uk',
        'bind_dn' => 'cn=portal,ou=services,dc=tidemill-sc,dc=org,dc=uk',
        'bind_password' => (string) getenv('TIDEMILL_LDAP_PASSWORD'),
    ],
    'weather' => [
        'base_url' => 'https://api.tidemill-sc.org.uk',
        'forecast_path' => '/weather/stations/%d/forecast',
        'api_key' => (string) getenv('TIDEMILL_WEATHER_KEY'),
    ],
    'tide_gauge' => [
        'url' => 'https://10.20.0.15/gauge/latest.json',
        'ca_file' => '/etc/tidemill/tide-gauge-ca.pem',
    ],
    'results' => [
        'allowed_hosts' => ['www.sailwave.com', 'halsail.com', 'results.tidemill-sc.org.uk'],
    ],
    'webhooks' => [
        'club_channel' => (string) getenv('TIDEMILL_SLACK_WEBHOOK'),
        'allowed_hosts' => ['hooks.slack.com', 'discord.com'],
    ],
    'storage' => [
        'documents' => __DIR__ . '/../var/documents',
        'minutes' => __DIR__ . '/../var/documents/minutes',
        'exports' => __DIR__ . '/../var/exports',
        'photos' => __DIR__ . '/../public/media/boats',
        'galleries' => __DIR__ . '/../public/media/galleries',
        'results' => __DIR__ . '/../var/results',
        'invoices' => __DIR__ . '/../var/invoices',
        'logs' => __DIR__ . '/../var/log',
    ],
    'pdf' => [
        'binary' => '/usr/local/bin/wkhtmltopdf',
        'tmp' => sys_get_temp_dir(),
    ],
    'cors' => [
        'allowed_origins' => [
            'https://tidemill-sc.org.uk',
            'https://app.tidemill-sc.org.uk',
        ],
    ],
];
