<?php
declare(strict_types=1);

require __DIR__ . '/bootstrap.php';

$do = $_GET['do'] ?? 'password';

if ($do === 'logout') {
    $_SESSION = [];
    session_destroy();
    lh_redirect((string) ($_GET['return'] ?? '/legacy/box_office.php'));
}

$staff = lh_staff('counter', 'manager');

if ($do === 'password' && $_SERVER['REQUEST_METHOD'] === 'POST') {
    lh_check_csrf();
    $patronId = (int) ($_POST['patron_id'] ?? 0);
    $password = (string) ($_POST['new_password'] ?? '');
    if ($patronId > 0 && strlen($password) >= 8) {
        $ledger = new BoxOfficeLedger(lh_mysqli(), lh_pdo(), LH_EXPORT_DIR);
        $ledger->changePassword($patronId, $password);
        $_SESSION['flash'] = 'Password reset for patron #' . $patronId;
    } else {
        $_SESSION['flash'] = 'Password must be at least 8 characters.';
    }
    lh_redirect('box_office.php?do=patrons');
}

http_response_code(405);
echo 'Use the patron list to reset a password.';
