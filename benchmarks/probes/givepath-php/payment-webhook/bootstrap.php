<?php

declare(strict_types=1);

use MongoDB\Client;

require __DIR__ . '/vendor/autoload.php';

$config = require __DIR__ . '/config.php';

function webhook_pdo(array $config): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO($config['db']['dsn'], $config['db']['user'], $config['db']['password'], [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            PDO::ATTR_EMULATE_PREPARES => false,
        ]);
    }

    return $pdo;
}

function webhook_mongo(array $config): Client
{
    static $client = null;

    return $client ??= new Client($config['mongo']['url']);
}

function json_reply(int $status, array $body): never
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($body, JSON_UNESCAPED_SLASHES);
    exit;
}
