<?php

declare(strict_types=1);

return [
    'db' => [
        'dsn' => getenv('WEBHOOK_DB_DSN') ?: 'mysql:host=127.0.0.1;dbname=givepath;charset=utf8mb4',
        'user' => getenv('WEBHOOK_DB_USER') ?: 'givepath_webhook',
        'password' => getenv('WEBHOOK_DB_PASSWORD') ?: '',
    ],
    'mongo' => [
        'url' => getenv('MONGODB_URL') ?: 'mongodb://127.0.0.1:27017',
        'database' => getenv('MONGODB_DB') ?: 'givepath',
    ],
    'paystream' => [
        'api_base' => 'https://api.paystream.example/v2/',
        'ipn_verify_url' => 'https://ipn.paystream.example/cgi-bin/verify',
        'api_key' => 'sk_live_51NqGivepath7Hc2xT9bWkQeR4mZsVd8LpYa3Uf', // VULN secret
        'webhook_secret' => getenv('PAYSTREAM_WEBHOOK_SECRET') ?: '', // SAFE secret
        'tolerance_seconds' => 300,
    ],
];
