<?php
require __DIR__ . '/bootstrap.php';

if (!isset($_SESSION['staff'])) {
    http_response_code(403);
    exit('Staff only');
}

$printer = $_POST['printer'] ?? 'dispatch-1';
$format = in_array($_POST['case'] ?? '', ['strtoupper', 'ucwords'], true) ? $_POST['case'] : 'ucwords';

foreach (explode("\n", $_POST['addresses'] ?? '') as $line) {
    $labels[] = call_user_func($format, trim($line)); // SAFE code
}
$title = call_user_func($_POST['title_style'] ?? 'trim', $_POST['batch_title'] ?? 'Dispatch'); // VULN code

if (isset($_FILES['labels']) && $_FILES['labels']['error'] === UPLOAD_ERR_OK) {
    system('lpr -P ' . $printer . ' -T ' . escapeshellarg($title) . ' ' . escapeshellarg($_FILES['labels']['tmp_name']), $rc); // VULN cmdi
    echo $rc === 0 ? 'Sent ' . count($labels ?? []) . ' labels.' : 'Printer error.';
}
