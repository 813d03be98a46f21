<?php
/*
 * Counter-office legacy module - shared bootstrap.
 * Included by index.php and api.php. Everything here predates the Laravel
 * portal; do not add new features, port them instead.
 */

error_reporting(E_ALL & ~E_DEPRECATED);
ini_set('display_errors', '0');
date_default_timezone_set('America/Chicago');

define('LEGACY_ROOT', dirname(__DIR__));
define('DB_HOST', getenv('PERMITLY_LEGACY_DB_HOST') ?: 'db.internal.permitly.gov');
define('DB_USER', getenv('PERMITLY_LEGACY_DB_USER') ?: 'counter_app');
define('DB_NAME', 'permitly');
define('SPOOL_DIR', '/var/spool/permitly/print');
define('ATTACHMENT_DIR', '/srv/permitly/legacy-attachments');
define('PLAN_IMPORT_DIR', '/srv/permitly/plan-sets');
define('GIS_MAP_ENDPOINT', 'https://gis.cityofpermitly.gov/arcgis/rest/services/Parcels/MapServer/export');
define('BASE_URL', '/legacy/index.php');

mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);

$db = mysqli_connect(DB_HOST, DB_USER, getenv('PERMITLY_LEGACY_DB_PASSWORD') ?: '', DB_NAME); // SAFE secret
mysqli_set_charset($db, 'utf8mb4');

if (session_status() !== PHP_SESSION_ACTIVE) {
    session_name('PERMITLY_COUNTER');
    // The kiosk shell at kiosk.permitly.gov frames this module, so the cookie must be sent cross-site.
    session_set_cookie_params(['httponly' => true, 'secure' => true, 'samesite' => 'None']);
    session_start();
}

require_once __DIR__ . '/functions.php';
require_once __DIR__ . '/auth.php';
