<?php

function admin_db(): mysqli
{
    static $db = null;

    if ($db === null) {
        mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
        $db = mysqli_connect(
            getenv('TEMPO_DB_HOST') ?: 'localhost',
            getenv('TEMPO_ADMIN_DB_USER') ?: 'tempo_admin',
            getenv('TEMPO_ADMIN_DB_PASSWORD') ?: '',
            getenv('TEMPO_DB_NAME') ?: 'tempo'
        );
        mysqli_set_charset($db, 'utf8mb4');
    }

    return $db;
}

function admin_h(?string $value): string
{
    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}
