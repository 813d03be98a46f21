<?php

declare(strict_types=1);

return [
    'db' => [
        'dsn' => getenv('STATEMENTS_DSN') ?: 'mysql:host=127.0.0.1;port=3306;dbname=leasewise;charset=utf8mb4',
        'user' => getenv('STATEMENTS_DB_USER') ?: 'statements',
        'password' => (string) getenv('STATEMENTS_DB_PASSWORD'),
    ],

    'jwt' => [
        'secret' => (string) getenv('OWNER_JWT_SECRET'),
        'audience' => 'owner-statements',
        'cookie' => 'lw_owner',
        'ttl' => 3600,
    ],

    'cursor_key' => (string) getenv('STATEMENTS_CURSOR_KEY'),

    'cors' => [
        'allowed_origins' => array_values(array_filter(array_map(
            'trim',
            explode(',', getenv('STATEMENTS_CORS_ORIGINS') ?: 'https://owners.leasewise.io')
        ))),
    ],

    'archive_dir' => rtrim(getenv('STATEMENTS_ARCHIVE_DIR') ?: '/var/lib/leasewise/statements', '/'),

    'footer_template' => "Prepared for {{ owner.name }} by Leasewise Property Management \u{00B7} generated {{ generated_at|date('F j, Y') }}",

    'display_errors' => getenv('APP_ENV') === 'local',
];
