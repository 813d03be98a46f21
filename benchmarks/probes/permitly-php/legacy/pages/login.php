<?php
/**
 * Counter staff sign-in, sign-out and password reset.
 * @var mysqli $db
 */

$error = null;
$notice = null;

if (isset($_GET['logout'])) {
    unset($_SESSION['legacy_user']);
    session_regenerate_id(true);
    safe_local_redirect($_GET['back'] ?? null);
}

if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
    check_csrf();

    if (isset($_POST['forgot'])) {
        issue_reset_token($db, trim((string) ($_POST['username'] ?? '')));
        $notice = 'If that account exists, a reset link has been emailed.';
    } else {
        $account = legacy_authenticate($db, trim((string) ($_POST['username'] ?? '')), (string) ($_POST['password'] ?? ''));
        if ($account !== null) {
            redirect_after_login($_GET['next'] ?? null);
        }
        $error = 'Unknown user name or wrong password.';
    }
}
?>
<h1>Counter sign-in</h1>

<?php if ($error): ?><p class="error"><?= h($error) ?></p><?php endif; ?>
<?php if ($notice): ?><p class="flash"><?= h($notice) ?></p><?php endif; ?>

<form method="post">
    <input type="hidden" name="_token" value="<?= h(csrf_token()) ?>">
    <label>User name <input type="text" name="username" autocomplete="username" required></label>
    <label>Password <input type="password" name="password" autocomplete="current-password"></label>
    <button type="submit">Sign in</button>
    <button type="submit" name="forgot" value="1" formnovalidate>Forgot password</button>
</form>
