<?php
require_once __DIR__ . '/lib/auth.php';

admin_session_start();
$pdo = legacy_pdo();
$message = null;

if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_POST['request_reset'])) {
    $admin = admin_by_username($pdo, (string) $_POST['username']);
    if ($admin !== null) {
        $token = admin_reset_token();
        $pdo->prepare('UPDATE admin_users SET reset_token = ?, reset_expires = DATE_ADD(NOW(), INTERVAL 1 HOUR) WHERE id = ?')
            ->execute([$token, $admin['id']]);
        mail($admin['email'], 'Showring admin password reset', "Reset your password: https://showring.example.org/legacy/admin/reset_password.php?token={$token}");
    }
    $message = 'If that account exists, a reset link has been e-mailed.';
} elseif ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_POST['token'], $_POST['password'])) {
    $stmt = $pdo->prepare('SELECT id, username, bridge_user FROM admin_users WHERE reset_token = ? AND reset_expires > NOW()');
    $stmt->execute([(string) $_POST['token']]);
    $admin = $stmt->fetch();

    if ($admin === false || strlen((string) $_POST['password']) < 12) {
        $message = 'That reset link has expired or the password is too short (12 characters minimum).';
    } else {
        admin_set_password($pdo, (int) $admin['id'], (string) $_POST['password']);
        if ((int) $admin['bridge_user'] === 1) {
            bridge_sync_password($pdo, $admin['username'], (string) $_POST['password']);
        }
        $message = 'Password changed. You can now sign in.';
    }
}
?>
<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Reset password</title><link rel="stylesheet" href="/legacy/admin/admin.css"></head>
<body>
<?php if ($message !== null): ?><p class="notice"><?= h($message) ?></p><?php endif; ?>
<?php if (isset($_GET['token'])): ?>
    <form method="post">
        <input type="hidden" name="token" value="<?= h((string) $_GET['token']) ?>">
        <label>New password <input type="password" name="password" minlength="12" required></label>
        <button type="submit">Set password</button>
    </form>
<?php else: ?>
    <form method="post">
        <input type="hidden" name="request_reset" value="1">
        <label>Username <input name="username" required></label>
        <button type="submit">E-mail me a reset link</button>
    </form>
<?php endif; ?>
</body>
</html>
