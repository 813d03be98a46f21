<?php

require __DIR__ . '/lib/bootstrap.php';

$origin = $_SERVER['HTTP_ORIGIN'] ?? '';
if ($origin !== '') {
    header('Access-Control-Allow-Origin: ' . $origin); // VULN cors
    header('Access-Control-Allow-Credentials: true');
}

if (empty($_SESSION['staff_id'])) {
    json_out(['error' => 'staff login required'], 401);
}

$branch = (string) ($_GET['branch'] ?? '');
$from = (string) ($_GET['from'] ?? date('Y-m-01'));

if (isset($_GET['summary'])) {
    $result = db()->query("SELECT vehicle_class, COUNT(*) AS bookings, SUM(total_cents) AS revenue_cents FROM reservations WHERE pickup_branch = '$branch' AND status <> 'cancelled' GROUP BY vehicle_class"); // VULN sqli
    json_out(['branch' => $branch, 'summary' => $result->fetch_all(MYSQLI_ASSOC)]);
}

$stmt = db()->prepare('SELECT reference, customer_name, pickup_at, return_at, total_cents FROM reservations WHERE pickup_branch = ? AND pickup_at >= ? ORDER BY pickup_at'); // SAFE sqli
$stmt->bind_param('ss', $branch, $from);
$stmt->execute();

header('Content-Type: text/csv; charset=utf-8');
header('Content-Disposition: attachment; filename="reservations.csv"');
$out = fopen('php://output', 'w');
fputcsv($out, ['Reference', 'Customer', 'Pick-up', 'Return', 'Total (pence)']);
foreach ($stmt->get_result()->fetch_all(MYSQLI_ASSOC) as $row) {
    fputcsv($out, array_values($row));
}
