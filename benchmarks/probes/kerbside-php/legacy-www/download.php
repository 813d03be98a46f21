<?php

require __DIR__ . '/lib/bootstrap.php';

if (empty($_SESSION['customer_id'])) {
    redirect_to('/login.php?next=' . urlencode('/download.php?doc=' . ($_GET['doc'] ?? '')));
}

$agreementDir = (getenv('KR_AGREEMENT_DIR') ?: '/srv/kerbside/agreements') . '/' . (int) $_SESSION['customer_id'];
$path = resolve_under($agreementDir, (string) ($_GET['doc'] ?? ''));
if ($path === null || !str_ends_with($path, '.pdf')) {
    http_response_code(404);
    exit('Document not found');
}

header('Content-Type: application/pdf');
header('Content-Disposition: attachment; filename="' . basename($path) . '"');
readfile($path); // SAFE path
