<?php
declare(strict_types=1);

/*
 * Local configuration for the Hivekeep registry (CakePHP side).
 * Values are taken from the environment on the association's VPS.
 */
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),

    'Security' => [
        'salt' => env('SECURITY_SALT'),
    ],

    'Datasources' => [
        'default' => [
            'host' => env('DB_HOST', 'localhost'),
            'username' => env('DB_USERNAME', 'hivekeep'),
            'password' => env('DB_PASSWORD'),
            'database' => env('DB_DATABASE', 'hivekeep'),
            'log' => false,
        ],
    ],

    'Hivekeep' => [
        'photoRoot' => ROOT . DS . 'storage' . DS . 'inspection_photos',
        'importRoot' => ROOT . DS . 'storage' . DS . 'imports',
        'labelRoot' => ROOT . DS . 'storage' . DS . 'labels',
        'photoCacheRoot' => ROOT . DS . 'storage' . DS . 'swarm_photos',
        'printers' => ['office-zebra', 'hall-brother'],
        'ldap' => [
            'uri' => env('LDAP_URI', 'ldaps://directory.hivekeep.org:636'),
            'baseDn' => 'ou=members,dc=hivekeep,dc=org',
            'bindDn' => 'cn=registry,ou=services,dc=hivekeep,dc=org',
        ],
        'sms' => [
            'endpoint' => 'https://sms.gateway.hivekeep.org/v2/send',
            'apiKey' => env('SMS_API_KEY'),
        ],
        'cors' => [
            'maxAge' => 600,
        ],
    ],

    'Queue' => [
        'sleeptime' => 10,
        'defaultworkertimeout' => 1800,
        'workermaxruntime' => 900,
    ],
];
