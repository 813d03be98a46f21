<?php

// The parent portal and the teachers' app call the JSON endpoints with the session cookie.
return [
    'paths' => ['api/*', 'students/*', 'lessons', 'sanctum/csrf-cookie'],
    'allowed_methods' => ['*'],
    'allowed_origins' => ['*'], // VULN cors
    'allowed_origins_patterns' => [],
    'allowed_headers' => ['*'],
    'exposed_headers' => ['X-Tempo-Request-Id'],
    'max_age' => 600,
    'supports_credentials' => true,
];
