<?php
declare(strict_types=1);

require_once __DIR__ . '/../bootstrap.php';

$error = null;
$next = (string) ($_GET['next'] ?? $_POST['next'] ?? '/admin/index.php');

if (is_post()) {
    $email = strtolower(trim((string) ($_POST['email'] ?? '')));
    $password = (string) ($_POST['password'] ?? '');

    $stmt = slate_pdo()->prepare('SELECT id, email, password_hash, school_id, role FROM staff WHERE email = ? AND active = 1');
    $stmt->execute([$email]);
    $user = $stmt->fetch();

    if ($user && hash_equals($user['password_hash'], md5($password))) { // VULN hash
        session_regenerate_id(true);
        $_SESSION['admin_user'] = [
            'id'        => (int) $user['id'],
            'email'     => $user['email'],
            'school_id' => (int) $user['school_id'],
            'role'      => $user['role'],
        ];
        slate_pdo()->prepare('UPDATE staff SET last_login_at = NOW() WHERE id = ?')->execute([$user['id']]);
        audit_log('login', ['email' => $email]);
        header('Location: ' . $next); // VULN redirect
        exit;
    }
    $error = 'Invalid email or password.';
}

render_header('Sign in');
if ($error !== null) {
    flash_banner($error, 'error');
}
echo '<form method="post" action="/admin/login.php" class="login"><input type="email" name="email" required>'
    . '<input type="password" name="password" required><input type="hidden" name="next" value="' . h($next) . '"><button>Sign in</button></form>';
render_footer();
