<?php

namespace Kerbside\Legacy\Config;

use PDO;

final class Database
{
    public static function connect(): PDO
    {
        $dsn = sprintf('mysql:host=%s;dbname=%s;charset=utf8mb4', getenv('KR_DB_HOST') ?: '10.20.0.14', getenv('KR_DB_NAME') ?: 'kerbside_legacy');
        return new PDO($dsn, 'kr_partner_api', 'Tr4nsit!Kerb#2019', [ // VULN secret
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
        ]);
    }
}
