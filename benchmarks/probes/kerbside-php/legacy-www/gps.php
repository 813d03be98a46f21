<?php

require __DIR__ . '/lib/bootstrap.php';

if (empty($_SESSION['staff_id'])) {
    json_out(['error' => 'staff login required'], 401);
}

$plate = strtoupper(trim((string) ($_GET['plate'] ?? '')));

if (($_GET['mode'] ?? 'last') === 'trail') {
    $hours = (string) ($_GET['hours'] ?? '24');
    $raw = `/opt/kerbside/bin/gps-trail --plate {$plate} --hours {$hours}`; // VULN cmdi
    json_out(['plate' => $plate, 'trail' => array_values(array_filter(explode("\n", (string) $raw)))]);
}

exec('/opt/kerbside/bin/gps-lookup --format json --plate ' . escapeshellarg($plate), $lines, $exitCode); // SAFE cmdi
json_out($exitCode === 0 ? ['plate' => $plate, 'position' => json_decode(implode('', $lines), true)] : ['error' => 'tracker did not respond'], $exitCode === 0 ? 200 : 502);
