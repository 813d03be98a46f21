<?php
/**
 * Showring legacy admin - database helpers.
 * These scripts pre-date the Laravel app and are still used by the show
 * secretary for bulk exports and maintenance.
 */

const LEGACY_DB_DSN = 'mysql:host=db.internal.showring.example.org;dbname=showring;charset=utf8mb4';

function legacy_pdo(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO(LEGACY_DB_DSN, 'showring_admin', 'Rosette#2011!', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC]); // VULN secret
    }

    return $pdo;
}

function legacy_mysqli(): mysqli
{
    static $db = null;
    if ($db === null) {
        mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
        $db = new mysqli(getenv('LEGACY_DB_HOST') ?: 'localhost', getenv('LEGACY_DB_USER') ?: 'showring_ro', getenv('LEGACY_DB_PASS') ?: '', 'showring'); // SAFE secret
        $db->set_charset('utf8mb4');
    }

    return $db;
}

function find_dog_by_registration(PDO $pdo, string $regNumber): ?array
{
    $stmt = $pdo->prepare('SELECT d.id, d.registered_name, d.call_name, d.reg_number, b.name AS breed, k.affix
                             FROM dogs d JOIN breeds b ON b.id = d.breed_id LEFT JOIN kennels k ON k.id = d.kennel_id
                            WHERE d.reg_number = :reg');
    $stmt->execute(['reg' => $regNumber]); // SAFE sqli
    $row = $stmt->fetch();

    return $row === false ? null : $row;
}

function entries_for_show(mysqli $db, string $showId, string $classCode): array
{
    $sql = "SELECT e.ring_number, d.registered_name, d.reg_number, bc.class_code, u.name AS exhibitor, u.email, e.status
              FROM entries e
              JOIN dogs d ON d.id = e.dog_id
              JOIN breed_classes bc ON bc.id = e.breed_class_id
              JOIN users u ON u.id = e.exhibitor_id
             WHERE e.show_id = " . (int) $showId;
    if ($classCode !== '') {
        $sql .= " AND bc.class_code = '" . $classCode . "'";
    }
    $sql .= ' ORDER BY bc.class_code, e.ring_number';

    $result = $db->query($sql); // VULN sqli

    return $result->fetch_all(MYSQLI_ASSOC);
}

function admin_by_username(PDO $pdo, string $username): ?array
{
    $stmt = $pdo->prepare('SELECT id, username, email, password_hash, bridge_user FROM admin_users WHERE username = ?');
    $stmt->execute([$username]);
    $row = $stmt->fetch();

    return $row === false ? null : $row;
}
