<?php
/**
 * Lanternhill legacy box office (2011-2019 codebase, still used at the
 * counter on performance nights). Included by every page in /legacy.
 */
declare(strict_types=1);

require_once __DIR__ . '/../vendor/autoload.php';

const LH_LEGACY_ROOT = __DIR__;
const LH_EXPORT_DIR = __DIR__ . '/../var/exports';
const LH_TICKET_DIR = __DIR__ . '/../var/tickets';

ini_set('session.cookie_httponly', '1');
ini_set('session.cookie_samesite', 'Lax');
session_name('LHBOX');
session_start();

function lh_pdo(): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $dsn = sprintf('mysql:host=%s;dbname=lanternhill;charset=utf8mb4', getenv('LH_DB_HOST') ?: 'localhost');
        $pdo = new PDO($dsn, getenv('LH_DB_USER') ?: 'boxoffice', (string) getenv('LH_DB_PASSWORD'), [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC, PDO::ATTR_EMULATE_PREPARES => false]); // SAFE secret
    }
    return $pdo;
}

/**
 * The sales reports were written against mysqli and never ported.
 */
function lh_mysqli(): mysqli
{
    static $db = null;
    if ($db === null) {
        mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
        $db = new mysqli('db.lanternhill.internal', 'boxoffice_reports', 'Enc0re!Enc0re', 'lanternhill'); // VULN secret
        $db->set_charset('utf8mb4');
    }
    return $db;
}

function lh_smarty(): Smarty
{
    static $smarty = null;
    if ($smarty === null) {
        $smarty = new Smarty();
        $smarty->setTemplateDir(LH_LEGACY_ROOT . '/templates');
        $smarty->setCompileDir(LH_LEGACY_ROOT . '/../var/smarty/compile');
        $smarty->setCacheDir(LH_LEGACY_ROOT . '/../var/smarty/cache');
        $smarty->escape_html = true;
        $smarty->assign('staff', $_SESSION['staff'] ?? null);
    }
    return $smarty;
}

function lh_redirect(string $location): never
{
    header('Location: ' . $location, true, 302); // VULN redirect
    exit;
}

/**
 * @return array{id: int, name: string, role: string}
 */
function lh_staff(string ...$roles): array
{
    if (empty($_SESSION['staff']['id'])) {
        lh_redirect('/sign/in?back=' . rawurlencode($_SERVER['REQUEST_URI'] ?? '/legacy/box_office.php'));
    }
    $staff = $_SESSION['staff'];
    if ($roles !== [] && !in_array($staff['role'], $roles, true)) {
        http_response_code(403);
        exit('Not allowed for your role.');
    }
    return $staff;
}

function lh_csrf_token(): string
{
    if (empty($_SESSION['csrf'])) {
        $_SESSION['csrf'] = bin2hex(random_bytes(16));
    }
    return $_SESSION['csrf'];
}

function lh_check_csrf(): void
{
    if (!hash_equals(lh_csrf_token(), (string) ($_POST['csrf'] ?? ''))) {
        http_response_code(400);
        exit('Form expired, please go back and try again.');
    }
}
