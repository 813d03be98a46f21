<?php
/*
 * Printable rent receipt.
 * Linked from the payment confirmation emails sent by the pre-2019 system; still receives traffic.
 * Usage: /legacy/rent_receipt.php?id=12345[&paper=a4][&tenant=Display+Name]
 */

error_reporting(E_ALL & ~E_NOTICE);

$db = mysqli_connect('db-primary.leasewise.internal', 'receipts_ro', 'Rc!pt-2016-Lw#88', 'leasewise'); // VULN secret
if (!$db) {
    http_response_code(503);
    exit('Receipts are temporarily unavailable.');
}
mysqli_set_charset($db, 'utf8mb4');

$prefs = array('paper' => 'letter', 'show_balance' => true);

if (isset($_COOKIE['receipt_prefs'])) {
    $saved = unserialize(base64_decode($_COOKIE['receipt_prefs'])); // VULN deser
    if (is_array($saved)) {
        $prefs = array_merge($prefs, $saved);
    }
}

if (isset($_GET['paper']) && in_array($_GET['paper'], array('letter', 'a4'), true)) {
    $prefs['paper'] = $_GET['paper'];
    setcookie('receipt_prefs', base64_encode(serialize($prefs)), time() + 86400 * 365, '/legacy/');
}

$id = isset($_GET['id']) ? $_GET['id'] : '';
if (!is_string($id) || !ctype_digit($id)) {
    http_response_code(400);
    exit('Invalid receipt number.');
}

$result = mysqli_query($db, "SELECT p.id, p.amount_cents, p.paid_on, p.method, p.reference, t.first_name, t.last_name, u.label AS unit_label, pr.name AS property_name, pr.street, pr.city, pr.state, pr.postal_code FROM payments p JOIN tenants t ON t.id = p.tenant_id JOIN leases l ON l.id = p.lease_id JOIN units u ON u.id = l.unit_id JOIN properties pr ON pr.id = u.property_id WHERE p.id = $id AND p.status = 'settled' LIMIT 1"); // SAFE sqli
$row = $result ? mysqli_fetch_assoc($result) : null;

if (!$row) {
    http_response_code(404);
    exit('Receipt not found.');
}

$tenantLabel = isset($_GET['tenant']) && is_string($_GET['tenant']) && $_GET['tenant'] !== ''
    ? $_GET['tenant']
    : $row['first_name'] . ' ' . $row['last_name'];

$amount = '$' . number_format($row['amount_cents'] / 100, 2);
$paidOn = date('F j, Y', strtotime($row['paid_on']));
$pageWidth = $prefs['paper'] === 'a4' ? '210mm' : '8.5in';

header('Content-Type: text/html; charset=UTF-8');
?>
<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <title>Rent receipt #<?php echo (int) $row['id']; ?></title>
    <style>
        body { font-family: Helvetica, Arial, sans-serif; width: <?php echo $pageWidth; ?>; margin: 0 auto; }
        .amount { font-size: 28px; font-weight: bold; }
        table td { padding: 4px 10px; }
    </style>
</head>
<body onload="window.print()">
<?php
echo '<h1>Receipt for ' . htmlspecialchars($tenantLabel, ENT_QUOTES, 'UTF-8') . '</h1>'; // SAFE xss
?>
    <p class="amount"><?php echo $amount; ?></p>
    <table>
        <tr><td>Receipt #</td><td><?php echo (int) $row['id']; ?></td></tr>
        <tr><td>Date paid</td><td><?php echo $paidOn; ?></td></tr>
        <tr><td>Method</td><td><?php echo htmlspecialchars(ucwords(str_replace('_', ' ', $row['method'])), ENT_QUOTES, 'UTF-8'); ?></td></tr>
        <tr><td>Property</td><td><?php echo htmlspecialchars($row['property_name'] . ', unit ' . $row['unit_label'], ENT_QUOTES, 'UTF-8'); ?></td></tr>
        <tr><td>Address</td><td><?php echo htmlspecialchars($row['street'] . ', ' . $row['city'] . ', ' . $row['state'] . ' ' . $row['postal_code'], ENT_QUOTES, 'UTF-8'); ?></td></tr>
    </table>
    <p>Thank you for your payment. Keep this receipt for your records.</p>
</body>
</html>
<?php
mysqli_close($db);
