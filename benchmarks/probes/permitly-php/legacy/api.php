<?php
/*
 * Small JSON API used by the counter kiosk's JavaScript widgets.
 *   api.php?action=parcel_map&parcel=123-456-789
 *   api.php?action=saved_searches
 *   api.php?action=permit&ref=RES24-00012
 */

require_once __DIR__ . '/inc/bootstrap.php';

send_api_headers((string) ($_SERVER['HTTP_ORIGIN'] ?? ''));

if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'OPTIONS') {
    header('Access-Control-Allow-Methods: GET, POST');
    header('Access-Control-Allow-Headers: Content-Type');
    exit;
}

$user = current_user();
if ($user === null) {
    json_out(['error' => 'not signed in'], 401);
}

$action = (string) ($_GET['action'] ?? '');

switch ($action) {
    case 'parcel_map':
        $image = fetch_parcel_map((string) ($_GET['parcel'] ?? ''));
        if ($image === null) {
            json_out(['error' => 'map unavailable'], 404);
        }
        json_out(['parcel' => $_GET['parcel'], 'png_base64' => base64_encode($image)]);
        break;

    case 'saved_searches':
        $searches = load_saved_searches($_COOKIE['saved_searches'] ?? null);
        if (isset($_POST['add']) && is_string($_POST['add'])) {
            check_csrf();
            array_unshift($searches, mb_substr(trim($_POST['add']), 0, 100));
            $searches = array_values(array_unique($searches));
            save_searches($searches);
        }
        json_out(['searches' => $searches]);
        break;

    case 'permit':
        $stmt = mysqli_prepare($db, 'SELECT reference, site_address, status, submitted_at FROM permit_applications WHERE reference = ?');
        $ref = (string) ($_GET['ref'] ?? '');
        mysqli_stmt_bind_param($stmt, 's', $ref);
        mysqli_stmt_execute($stmt);
        $permit = mysqli_fetch_assoc(mysqli_stmt_get_result($stmt));
        $permit === null ? json_out(['error' => 'not found'], 404) : json_out(['permit' => $permit]);
        break;

    default:
        json_out(['error' => 'unknown action'], 400);
}
