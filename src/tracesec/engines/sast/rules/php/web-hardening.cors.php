<?php

return [
    'paths' => ['api/*'],
    'allowed_methods' => ['*'],
    // ruleid: trace.php.cors.wildcard-with-credentials
    'allowed_origins' => ['*'],
    'allowed_headers' => ['*'],
    'supports_credentials' => true,
    'partner' => [
        // ok: trace.php.cors.wildcard-with-credentials
        'allowed_origins' => ['https://app.example.com'],
        'supports_credentials' => true,
    ],
    'public' => [
        // without credentials a wildcard only shares what is public
        // ok: trace.php.cors.wildcard-with-credentials
        'allowed_origins' => ['*'],
        'supports_credentials' => false,
    ],
];
