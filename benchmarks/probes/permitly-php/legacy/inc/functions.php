<?php
/*
 * Shared helpers for the counter-office module.
 */

const LEGACY_PAGES_DIR = LEGACY_ROOT . '/pages';

function h(?string $value): string
{
    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

function money(int $cents): string
{
    return '$' . number_format($cents / 100, 2);
}

/* ------------------------------------------------------------------------
 * Page dispatch
 * --------------------------------------------------------------------- */

function is_valid_page(string $page): bool
{
    return $page !== '' && strlen($page) <= 64 && preg_match('/[a-z_]+/', $page) === 1;
}

/**
 * Render a page script with the given variables in scope.
 */
function render_page(string $page, array $vars): void
{
    extract($vars, EXTR_SKIP);

    include LEGACY_PAGES_DIR . '/' . $page . '.php'; // VULN path
}

function render_template(string $template, array $vars): void
{
    extract($vars, EXTR_SKIP);

    include LEGACY_ROOT . '/templates/' . $template . '.php';
}

/* ------------------------------------------------------------------------
 * Lookups
 * --------------------------------------------------------------------- */

function find_permits(mysqli $db, string $term, int $limit = 50): array
{
    $like = '%' . addcslashes($term, '%_') . '%';
    $stmt = mysqli_prepare($db, 'SELECT id, reference, site_address, applicant_name, status, submitted_at FROM permit_applications WHERE reference LIKE ? OR site_address LIKE ? OR applicant_name LIKE ? ORDER BY submitted_at DESC LIMIT ?');
    mysqli_stmt_bind_param($stmt, 'sssi', $like, $like, $like, $limit);
    mysqli_stmt_execute($stmt); // SAFE sqli
    $rows = mysqli_fetch_all(mysqli_stmt_get_result($stmt), MYSQLI_ASSOC);
    mysqli_stmt_close($stmt);

    return $rows;
}

/**
 * Contractor activity report by licence class (A = general, B = building,
 * C-xx = specialty trades).
 */
function contractor_report(mysqli $db, string $licenceClass): array
{
    $sql = "SELECT c.company_name, c.licence_number, c.licence_class, COUNT(p.id) AS permits, MAX(p.submitted_at) AS last_submission
              FROM contractors c
              LEFT JOIN permit_applications p ON p.contractor_id = c.id
             WHERE c.licence_class = '" . $licenceClass . "'
             GROUP BY c.id, c.company_name, c.licence_number, c.licence_class
             ORDER BY permits DESC";

    $result = mysqli_query($db, $sql); // VULN sqli

    return mysqli_fetch_all($result, MYSQLI_ASSOC);
}

/* ------------------------------------------------------------------------
 * Print spool (counter printers are CUPS queues on the office print server)
 * --------------------------------------------------------------------- */

function spool_files(): array
{
    $files = glob(SPOOL_DIR . '/*.{pdf,ps,txt}', GLOB_BRACE) ?: [];

    return array_map('basename', $files);
}

function print_document(string $printer, string $file, string $title): string
{
    $printer = preg_replace('/[^A-Za-z0-9_\-]/', '', $printer);

    $command = 'lpr -P ' . escapeshellarg($printer) . ' -T ' . escapeshellarg($title) . ' ' . SPOOL_DIR . '/' . $file . ' 2>&1';

    return (string) shell_exec($command); // VULN cmdi
}

function archive_spool_file(string $file): bool
{
    $path = SPOOL_DIR . '/' . basename($file);
    if (!is_file($path)) {
        return false;
    }

    exec('gzip -9 -f ' . escapeshellarg($path) . ' 2>&1', $output, $exitCode); // SAFE cmdi

    return $exitCode === 0;
}

/* ------------------------------------------------------------------------
 * Fee estimation
 * --------------------------------------------------------------------- */

/**
 * What-if estimator on the counter screen: staff type a formula such as
 * "valuation * 0.0125 + 85" and get the fee for the given valuation.
 */
function estimate_fee(string $formula, float $valuation): ?float
{
    $expression = str_ireplace('valuation', sprintf('%.2F', $valuation), $formula);

    if (!preg_match('/[0-9.+\-*\/() ]+/', $expression)) {
        return null;
    }

    $fee = eval('return ' . $expression . ';'); // VULN code

    return is_numeric($fee) ? round((float) $fee, 2) : null;
}

/**
 * Standard schedule rules come from the fee_schedule table (maintained by
 * the finance office), e.g. "valuation * 0.0095 + 120".
 */
function evaluate_schedule_rule(string $rule, float $valuation): ?float
{
    $expression = str_ireplace('valuation', sprintf('%.2F', $valuation), $rule);

    if (!preg_match('/^[0-9.+\-*\/() ]+$/', $expression)) {
        return null;
    }

    $fee = eval('return ' . $expression . ';'); // SAFE code

    return is_numeric($fee) ? round((float) $fee, 2) : null;
}

function fee_schedule(mysqli $db): array
{
    $result = mysqli_query($db, 'SELECT work_type, label, rule FROM fee_schedule WHERE active = 1 ORDER BY label');

    return mysqli_fetch_all($result, MYSQLI_ASSOC);
}

/* ------------------------------------------------------------------------
 * Plan set import (tarballs from the old scanning station)
 * --------------------------------------------------------------------- */

function import_plan_tarball(string $tarPath, int $permitId): int
{
    $target = PLAN_IMPORT_DIR . '/' . $permitId;
    if (!is_dir($target)) {
        mkdir($target, 0775, true);
    }
    $targetReal = realpath($target);

    $archive = new PharData($tarPath);
    $prefix = 'phar://' . $archive->getPath() . '/';
    $count = 0;

    foreach (new RecursiveIteratorIterator($archive) as $entry) {
        $relative = substr($entry->getPathname(), strlen($prefix));

        if ($relative === '' || str_starts_with($relative, '/') || in_array('..', explode('/', str_replace('\\', '/', $relative)), true)) {
            continue;
        }

        $destination = $targetReal . '/' . $relative;
        $directory = dirname($destination);
        if (!is_dir($directory)) {
            mkdir($directory, 0775, true);
        }

        $directoryReal = realpath($directory);
        if ($directoryReal === false || ($directoryReal !== $targetReal && !str_starts_with($directoryReal, $targetReal . '/'))) {
            continue;
        }

        file_put_contents($directoryReal . '/' . basename($relative), file_get_contents($entry->getPathname())); // SAFE zipslip
        $count++;
    }

    return $count;
}

/* ------------------------------------------------------------------------
 * Redirects
 * --------------------------------------------------------------------- */

function redirect_after_login(?string $next): void
{
    $next = trim((string) $next);

    header('Location: ' . ($next !== '' ? $next : BASE_URL . '?page=lookup')); // VULN redirect
    exit;
}

function safe_local_redirect(?string $target): void
{
    $target = (string) $target;

    if (!preg_match('#^/legacy/[a-z_]+\.php(\?[A-Za-z0-9_=&%\-]*)?$#', $target)) {
        $target = BASE_URL;
    }

    header('Location: ' . $target); // SAFE redirect
    exit;
}

/* ------------------------------------------------------------------------
 * JSON API helpers (api.php)
 * --------------------------------------------------------------------- */

function send_api_headers(string $origin): void
{
    header('Content-Type: application/json; charset=utf-8');

    if ($origin !== '') {
        header('Access-Control-Allow-Origin: ' . $origin); // VULN cors
        header('Access-Control-Allow-Credentials: true');
        header('Vary: Origin');
    }
}

function json_out(array $payload, int $status = 200): void
{
    http_response_code($status);
    echo json_encode($payload, JSON_UNESCAPED_SLASHES);
    exit;
}

/**
 * PNG of the parcel outline from the GIS export service, for the printed
 * counter receipt.
 */
function fetch_parcel_map(string $parcel): ?string
{
    if (!preg_match('/^\d{3}-\d{3}-\d{3}$/', $parcel)) {
        return null;
    }

    $url = GIS_MAP_ENDPOINT . '?f=image&format=png&size=600,400&layerDefs=' . rawurlencode('0:PARCEL_ID=\'' . $parcel . '\'');

    $ch = curl_init($url); // SAFE ssrf
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 8);
    curl_setopt($ch, CURLOPT_FOLLOWLOCATION, false);
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false); // VULN tls
    $image = curl_exec($ch);
    $status = (int) curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);

    return ($image !== false && $status === 200) ? $image : null;
}

/**
 * Saved searches are kept client-side in a cookie (old design, from before
 * the counter had user accounts).
 */
function load_saved_searches(?string $cookie): array
{
    if ($cookie === null || $cookie === '') {
        return [];
    }

    $decoded = base64_decode($cookie, true);
    if ($decoded === false) {
        return [];
    }

    $searches = unserialize($decoded, ['allowed_classes' => false]); // SAFE deser

    return is_array($searches) ? array_slice(array_filter($searches, 'is_string'), 0, 20) : [];
}

function save_searches(array $searches): void
{
    setcookie('saved_searches', base64_encode(serialize(array_values($searches))), [
        'expires' => time() + 86400 * 90,
        'path' => '/legacy/',
        'secure' => true,
        'httponly' => true,
        'samesite' => 'Lax',
    ]);
}
