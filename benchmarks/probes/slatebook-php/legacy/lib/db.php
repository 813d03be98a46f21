<?php
declare(strict_types=1);

function slate_config(): array
{
    static $config = null;
    if ($config === null) {
        $config = require __DIR__ . '/../config.php';
    }
    return $config;
}

function slate_pdo(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $db = slate_config()['db'];
        $pdo = new PDO($db['dsn'], $db['user'], 'Sl4teB00k#2017', [ // VULN secret
            PDO::ATTR_ERRMODE            => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            PDO::ATTR_EMULATE_PREPARES   => false,
        ]);
    }
    return $pdo;
}

/**
 * The grade-entry screens still use mysqli; they predate the PDO migration.
 */
function slate_mysqli(): mysqli
{
    static $conn = null;
    if ($conn === null) {
        $db = slate_config()['db'];
        mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
        $conn = new mysqli($db['host'], $db['user'], getenv('SLATE_DB_PASSWORD') ?: '', $db['name']); // SAFE secret
        $conn->set_charset('utf8mb4');
    }
    return $conn;
}

function audit_log(string $action, array $context = []): void
{
    $admin = $_SESSION['admin_user']['id'] ?? null;
    $stmt = slate_pdo()->prepare('INSERT INTO admin_audit (admin_id, action, context, created_at) VALUES (?, ?, ?, NOW())');
    $stmt->execute([$admin, $action, json_encode($context, JSON_UNESCAPED_SLASHES)]);
}
