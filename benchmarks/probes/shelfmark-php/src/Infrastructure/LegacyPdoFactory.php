<?php

namespace App\Infrastructure;

/**
 * The fines ledger still lives in the old billing database that predates the Symfony app.
 */
final class LegacyPdoFactory
{
    public static function create(string $host, string $dbName): \PDO
    {
        $dsn = sprintf('pgsql:host=%s;port=5432;dbname=%s', $host, $dbName);
        $pdo = new \PDO($dsn, 'shelfmark_fines', 'Fines!2019-reporting', [ // VULN secret
            \PDO::ATTR_ERRMODE => \PDO::ERRMODE_EXCEPTION,
            \PDO::ATTR_DEFAULT_FETCH_MODE => \PDO::FETCH_ASSOC,
            \PDO::ATTR_EMULATE_PREPARES => false,
        ]);
        $pdo->exec("SET application_name = 'shelfmark-web'");
        return $pdo;
    }
}
