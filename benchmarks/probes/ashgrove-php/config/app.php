<?php

declare(strict_types=1);

/*
 * Runtime configuration for the Ashgrove hall and allotments service.
 * Values are read from the environment; defaults are for local development only.
 */
return [
    'app' => [
        'name' => 'Ashgrove Village Hall',
        'base_url' => getenv('ASHGROVE_BASE_URL') ?: 'https://hall.ashgrove-parish.org.uk',
        'timezone' => 'Europe/London',
        'allowed_origins' => [
            'https://hall.ashgrove-parish.org.uk',
            'https://allotments.ashgrove-parish.org.uk',
        ],
    ],
    'database' => [
        'driver' => 'mysql',
        'host' => getenv('DB_HOST') ?: '127.0.0.1',
        'port' => (int) (getenv('DB_PORT') ?: 3306),
        'database' => getenv('DB_NAME') ?: 'ashgrove',
        'username' => getenv('DB_USER') ?: 'ashgrove',
        'password' => getenv('DB_PASSWORD') ?: '',
        'charset' => 'utf8mb4',
        'collation' => 'utf8mb4_unicode_ci',
        'prefix' => '',
    ],
    'redis' => [
        'host' => getenv('REDIS_HOST') ?: '127.0.0.1',
        'port' => (int) (getenv('REDIS_PORT') ?: 6379),
        'queue' => 'ashgrove:jobs',
    ],
    'ldap' => [
        'uri' => getenv('PARISH_LDAP_URI') ?: 'ldaps://directory.ashgrove-parish.org.uk',
        'base_dn' => 'ou=residents,dc=ashgrove-parish,dc=org,dc=uk',
        'bind_dn' => getenv('PARISH_LDAP_BIND_DN') ?: '',
        'bind_password' => getenv('PARISH_LDAP_BIND_PASSWORD') ?: '',
    ],
    'storage' => [
        'documents' => '/srv/ashgrove/documents',
        'avatars' => '/srv/ashgrove/avatars',
        'notices' => '/srv/ashgrove/notices',
        'minutes' => '/srv/ashgrove/minutes',
        'reports' => '/srv/ashgrove/reports',
        'imports' => '/srv/ashgrove/imports',
        'view_cache' => '/var/cache/ashgrove/views',
    ],
    'calendar' => [
        'trusted_hosts' => ['calendar.google.com', 'outlook.office365.com', 'p01-caldav.icloud.com'],
        'ca_bundle' => '/etc/ssl/certs/ca-certificates.crt',
    ],
    'parish_feeds' => [
        'events' => 'https://www.ashgrove-parish.org.uk/feeds/events.xml',
        'notices' => 'https://www.ashgrove-parish.org.uk/feeds/notices.xml',
        'planning' => 'https://planning.westshire.gov.uk/parish/ashgrove.xml',
    ],
    'images' => [
        'cdn_prefix' => 'https://images.ashgrove',
    ],
];
