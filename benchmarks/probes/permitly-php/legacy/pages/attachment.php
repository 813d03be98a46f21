<?php
/**
 * Streams a scanned attachment (receipts, stamped plans) from the legacy
 * attachment share: index.php?page=attachment&f=<file name>
 * @var array $user
 */

$name = basename((string) ($_GET['f'] ?? ''));
$path = ATTACHMENT_DIR . '/' . $name;

if ($name === '' || $name[0] === '.' || !is_file($path)) {
    http_response_code(404);
    echo '<p>Attachment not found.</p>';
    return;
}

while (ob_get_level() > 0) {
    ob_end_clean();
}

$mime = (new finfo(FILEINFO_MIME_TYPE))->file($path) ?: 'application/octet-stream';
header('Content-Type: ' . $mime);
header('Content-Length: ' . filesize($path));
header('Content-Disposition: attachment; filename="' . rawurlencode($name) . '"');
header('X-Content-Type-Options: nosniff');

readfile($path); // SAFE path
exit;
