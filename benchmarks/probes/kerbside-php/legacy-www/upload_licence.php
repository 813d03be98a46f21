<?php

require __DIR__ . '/lib/bootstrap.php';

if (empty($_SESSION['customer_id'])) {
    json_out(['error' => 'login required'], 401);
}

$upload = $_FILES['licence'] ?? null;
if (!is_array($upload) || $upload['error'] !== UPLOAD_ERR_OK || $upload['size'] > 10 * 1024 * 1024) {
    json_out(['error' => 'please upload a file under 10 MB'], 400);
}

$original = basename((string) $upload['name']);
$ext = strtolower(pathinfo($original, PATHINFO_EXTENSION));
if (!in_array($ext, ['jpg', 'jpeg', 'png', 'pdf'], true)) {
    json_out(['error' => 'please upload a JPG, PNG or PDF'], 415);
}

$stem = substr((string) preg_replace('/[^A-Za-z0-9_-]/', '_', pathinfo($original, PATHINFO_FILENAME)), 0, 60);
$dir = (getenv('KR_LICENCE_DIR') ?: '/srv/kerbside/licences') . '/' . (int) $_SESSION['customer_id'];
if (!is_dir($dir)) {
    mkdir($dir, 0750, true);
}
$dest = $dir . '/' . date('Ymd_His') . '_' . $stem . '.' . $ext;
if (!move_uploaded_file($upload['tmp_name'], $dest)) { // SAFE path
    json_out(['error' => 'upload failed, please try again'], 500);
}

json_out(['message' => t($strings, 'licence.saved')]);
