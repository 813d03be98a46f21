<?php

use MongoDB\Client as MongoClient;
use Tempo\Api\Infrastructure\MongoRentalStore;
use Tempo\Api\Middleware\CorsMiddleware;
use Tempo\Api\Middleware\JwtMiddleware;
use Twig\Environment;
use Twig\Loader\ArrayLoader;

return [
    'settings' => [
        'practice_log_dir' => getenv('TEMPO_PRACTICE_DIR') ?: '/var/lib/tempo/practice',
        'webhook_domain' => 'tempo-music.org',
    ],

    PDO::class => function (): PDO {
        $dsn = sprintf('mysql:host=%s;dbname=%s;charset=utf8mb4', getenv('TEMPO_DB_HOST') ?: 'db', getenv('TEMPO_DB_NAME') ?: 'tempo');

        return new PDO($dsn, getenv('TEMPO_DB_USER') ?: 'tempo_api', getenv('TEMPO_DB_PASSWORD'), [ // SAFE secret
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
        ]);
    },

    MongoRentalStore::class => fn () => new MongoRentalStore(
        (new MongoClient(getenv('TEMPO_MONGO_URI') ?: 'mongodb://mongo:27017'))->selectCollection('tempo', 'rentals')
    ),

    Environment::class => fn () => new Environment(new ArrayLoader(), ['autoescape' => 'html', 'strict_variables' => true]),

    CorsMiddleware::class => fn () => new CorsMiddleware(['https://portal.tempo-music.org', 'https://app.tempo-music.org']),

    JwtMiddleware::class => fn () => new JwtMiddleware([
        'portal-2024' => (string) getenv('TEMPO_PORTAL_JWT_KEY'),
        'portal-2025' => (string) getenv('TEMPO_PORTAL_JWT_KEY_NEXT'),
    ]),
];
