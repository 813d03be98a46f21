<?php

declare(strict_types=1);

return [
    'hivekeep' => [
        'db' => [
            'driver' => 'pdo_pgsql',
            'host' => getenv('MAP_DB_HOST') ?: 'localhost',
            'dbname' => getenv('MAP_DB_NAME') ?: 'hivekeep_map',
            'user' => getenv('MAP_DB_USER') ?: 'hivekeep_map',
            'password' => getenv('MAP_DB_PASSWORD') ?: '',
        ],
        'tiles' => [
            'base' => 'https://tiles.hivekeep.org/v1',
            'overlay_host' => 'https://tiles.hivekeep.org',
        ],
        'tracks' => [
            'spool' => '/var/lib/hivekeep/tracks/spool',
            'output' => '/var/lib/hivekeep/tracks/kml',
        ],
        'cors' => [
            'allowed_origins' => [
                'https://www.hivekeep.org',
                'https://shows.hivekeep.org',
                'https://map.northbeekeepers.org.uk',
            ],
        ],
        'sso' => [
            'issuer' => 'https://sso.hivekeep.org/realms/members',
        ],
    ],
];
