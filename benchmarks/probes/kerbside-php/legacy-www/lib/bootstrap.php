<?php

require_once __DIR__ . '/http.php';
require_once __DIR__ . '/i18n.php';
require_once __DIR__ . '/auth.php';

session_name('KRSESSID');
session_start(['cookie_httponly' => true, 'cookie_secure' => true]);

function db(): mysqli
{
    static $conn = null;
    if ($conn === null) {
        mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
        $conn = new mysqli(getenv('KR_DB_HOST') ?: 'localhost', getenv('KR_DB_USER') ?: 'kerbside_portal', getenv('KR_DB_PASS') ?: '', 'kerbside_legacy');
        $conn->set_charset('utf8mb4');
    }

    return $conn;
}

$strings = load_locale((string) ($_COOKIE['kr_lang'] ?? 'en_GB'));
