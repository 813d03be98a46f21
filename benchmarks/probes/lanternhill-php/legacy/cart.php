<?php
declare(strict_types=1);

require __DIR__ . '/bootstrap.php';

$staff = lh_staff('counter', 'manager');
$cookies = new CartCookie((string) getenv('LH_CART_KEY'));
$ledger = new BoxOfficeLedger(lh_mysqli(), lh_pdo(), LH_EXPORT_DIR);
$smarty = lh_smarty();

if (isset($_COOKIE[CartCookie::LEGACY_NAME]) && !isset($_COOKIE[CartCookie::NAME])) {
    $cart = $cookies->restoreLegacy($_COOKIE[CartCookie::LEGACY_NAME]);
    $cookies->store($cart);
} else {
    $cart = $cookies->restore($_COOKIE[CartCookie::NAME] ?? null);
}

$do = $_GET['do'] ?? 'view';

if ($do === 'add' && $_SERVER['REQUEST_METHOD'] === 'POST') {
    lh_check_csrf();
    $cart['performance_id'] = (int) $_POST['performance_id'];
    $cart['patron_id'] = (int) $_POST['patron_id'];
    $cart['seats'][] = ['seat_id' => (int) $_POST['seat_id'], 'price' => (float) $_POST['price']];
    $cookies->store($cart);
    lh_redirect('cart.php');
}

if ($do === 'checkout' && $_SERVER['REQUEST_METHOD'] === 'POST') {
    lh_check_csrf();
    if ($cart['seats'] === [] || $cart['patron_id'] === 0) {
        lh_redirect('cart.php?error=empty');
    }
    $saleId = $ledger->recordSale(
        (int) $cart['patron_id'],
        (int) $cart['performance_id'],
        $cart['seats'],
        (string) ($_POST['dedication'] ?? ''),
        in_array($_POST['payment'] ?? '', ['card', 'cash', 'voucher'], true) ? $_POST['payment'] : 'card',
    );
    $cookies->clear();

    $sale = $ledger->receipt($saleId);
    if ($sale !== null && !empty($_POST['email_receipt'])) {
        (new ReceiptMailer($smarty, lh_pdo()))->send($sale);
    }
    lh_redirect('cart.php?do=receipt&id=' . $saleId);
}

if ($do === 'receipt') {
    $sale = $ledger->receipt((int) ($_GET['id'] ?? 0));
    if ($sale === null) {
        http_response_code(404);
        exit('Receipt not found');
    }
    echo (new ReceiptMailer($smarty, lh_pdo()))->render($sale);
    unset($_SESSION['flash']);
    exit;
}

$smarty->assign('cart', $cart);
$smarty->assign('csrf', lh_csrf_token());
$smarty->assign('do', 'cart');
$smarty->display('patron_list.tpl');
