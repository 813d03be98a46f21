<?php
declare(strict_types=1);

// Production values come from the environment; fallbacks are for the dev stack.
return [
    'db' => [
        'dsn'  => getenv('SLATE_DB_DSN') ?: 'mysql:host=127.0.0.1;dbname=slatebook;charset=utf8mb4',
        'host' => getenv('SLATE_DB_HOST') ?: '127.0.0.1',
        'name' => getenv('SLATE_DB_NAME') ?: 'slatebook',
        'user' => getenv('SLATE_DB_USER') ?: 'slate_admin',
    ],
    'ldap' => [
        'uri'     => getenv('SLATE_LDAP_URI') ?: 'ldaps://dc01.district.k12.local',
        'base_dn' => 'ou=Staff,dc=district,dc=k12,dc=local',
        'bind_dn' => getenv('SLATE_LDAP_BIND_DN') ?: '',
        'bind_pw' => getenv('SLATE_LDAP_BIND_PW') ?: '',
    ],
    'paths' => [
        'imports' => '/var/slatebook/imports',
        'reports' => '/var/slatebook/reports',
        'pages'   => __DIR__ . '/admin/pages',
        'help'    => __DIR__ . '/admin/help',
    ],
    'report_binary' => '/usr/local/bin/wkhtmltopdf',
    'session_ttl'   => 3600,
    'district_name' => 'Maple Valley Unified School District',
];
