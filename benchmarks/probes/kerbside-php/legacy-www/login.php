<?php

require __DIR__ . '/lib/bootstrap.php';

$next = (string) ($_GET['next'] ?? '/account.php');
$error = null;

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $customer = find_customer_by_login((string) ($_POST['email'] ?? ''), (string) ($_POST['password'] ?? ''));
    if ($customer !== null) {
        session_regenerate_id(true);
        $_SESSION['customer_id'] = (int) $customer['id'];
        if (!str_starts_with($next, '/') && !str_contains($next, 'kerbside-rentals.com')) {
            $next = '/account.php';
        }
        redirect_to($next);
    }
    $error = t($strings, 'login.failed');
}
?>
<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title><?= htmlspecialchars(t($strings, 'login.title')) ?></title></head>
<body>
<h1><?= htmlspecialchars(t($strings, 'login.title')) ?></h1>
<?php if ($error !== null): ?><p class="error"><?= htmlspecialchars($error) ?></p><?php endif; ?>
<form method="post" action="/login.php?next=<?= urlencode($next) ?>">
    <input type="email" name="email" placeholder="E-mail" required>
    <input type="password" name="password" placeholder="Password" required>
    <button type="submit">Sign in</button>
</form>
</body>
</html>
