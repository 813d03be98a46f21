<?php

declare(strict_types=1);

/*
 * Runtime settings for the Fenwick guest portal (Slim), owner API (Mezzio)
 * and the worker processes. Values come from the environment; defaults are
 * only suitable for a developer laptop.
 */
return [
    'app' => [
        'name' => 'Fenwick Cottages',
        'base_url' => getenv('FENWICK_BASE_URL') ?: 'https://www.fenwick-cottages.co.uk',
        'timezone' => 'Europe/London',
    ],
    'db' => [
        'driver' => 'pdo_mysql',
        'host' => getenv('FENWICK_DB_HOST') ?: '127.0.0.1',
        'port' => (int) (getenv('FENWICK_DB_PORT') ?: 3306),
        'dbname' => getenv('FENWICK_DB_NAME') ?: 'fenwick',
        'user' => getenv('FENWICK_DB_USER') ?: 'fenwick',
        'password' => getenv('FENWICK_DB_PASSWORD') ?: '',
        'charset' => 'utf8mb4',
    ],
    'storage' => [
        'guides' => __DIR__ . '/../var/guides',
        'owner_documents' => __DIR__ . '/../var/owner-documents',
        'photos' => __DIR__ . '/../var/photos',
        'floorplans' => __DIR__ . '/../var/floorplans',
        'invoices' => __DIR__ . '/../var/invoices',
        'checklists' => __DIR__ . '/../var/checklists',
        'backups' => __DIR__ . '/../var/backups',
        'tmp' => sys_get_temp_dir(),
    ],
    'twig' => [
        'paths' => [__DIR__ . '/../templates/twig'],
        'cache' => __DIR__ . '/../var/cache/twig',
        'autoescape' => 'html',
    ],
    'plates' => [
        'path' => __DIR__ . '/../templates/plates',
    ],
    'jwt' => [
        'issuer' => 'https://owners.fenwick-cottages.co.uk',
        'audience' => 'fenwick-owner-api',
        'ttl' => 3600,
    ],
    'ldap' => [
        'uri' => getenv('FENWICK_LDAP_URI') ?: 'ldaps://ldap.fenwick.internal',
        'base_dn' => 'ou=staff,dc=fenwick,dc=internal',
        'bind_dn' => 'cn=portal,ou=services,dc=fenwick,dc=internal',
        'bind_password' => getenv('FENWICK_LDAP_BIND_PASSWORD') ?: '',
    ],
    'channel_manager' => [
        'base_uri' => 'https://api.fenchannel.co.uk/v2/',
        'allowed_hosts' => ['api.fenchannel.co.uk', 'feeds.fenchannel.co.uk'],
        'api_key' => getenv('FENWICK_CHANNEL_API_KEY') ?: '',
    ],
    'payments' => [
        'base_uri' => 'https://pay.broadland-payments.co.uk/api/',
        'merchant_id' => getenv('FENWICK_MERCHANT_ID') ?: 'FENWICK01',
    ],
    'webhooks' => [
        'allowed_prefix' => 'https://hooks.fenwick-cottages.co.uk',
    ],
    'cors' => [
        'partner_origins' => [
            'https://www.fenwick-cottages.co.uk',
            'https://partners.fenchannel.co.uk',
        ],
    ],
    'tools' => [
        'convert' => '/usr/bin/convert',
        'wkhtmltopdf' => '/usr/local/bin/wkhtmltopdf',
        'tar' => '/bin/tar',
    ],
];
