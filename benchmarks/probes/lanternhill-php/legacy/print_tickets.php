<?php
declare(strict_types=1);

require __DIR__ . '/bootstrap.php';

lh_staff('counter', 'manager');
$printer = new TicketPrinter(LH_TICKET_DIR);

if ($_SERVER['REQUEST_METHOD'] === 'GET') {
    $name = (string) ($_GET['printer'] ?? TicketPrinter::DEFAULT_PRINTER);
    header('Content-Type: text/plain; charset=utf-8');
    echo $printer->status($name);
    exit;
}

lh_check_csrf();
$saleId = (int) ($_POST['sale_id'] ?? 0);
$target = trim((string) ($_POST['printer'] ?? TicketPrinter::DEFAULT_PRINTER));
$copies = (int) ($_POST['copies'] ?? 1);

try {
    $job = $printer->send($saleId, $target, $copies);
    $_SESSION['flash'] = "Sent to $target ($job)";
} catch (Throwable $e) {
    $_SESSION['flash'] = 'Could not print: ' . $e->getMessage();
}

lh_redirect('cart.php?do=receipt&id=' . $saleId);
