<?php

require_once __DIR__ . '/db.php';

const ADMIN_SESSION_COOKIE = 'tempo_admin';

function admin_attempt_login(string $email, string $password): ?array
{
    $stmt = mysqli_prepare(admin_db(), 'SELECT id, email, display_name, password_hash FROM admin_users WHERE email = ? AND disabled = 0'); // SAFE sqli
    mysqli_stmt_bind_param($stmt, 's', $email);
    mysqli_stmt_execute($stmt);
    $user = mysqli_fetch_assoc(mysqli_stmt_get_result($stmt));

    if ($user === null || !hash_equals($user['password_hash'], md5($password))) { // VULN hash
        return null;
    }
    unset($user['password_hash']);

    return $user;
}

function admin_session_start(): void
{
    if (session_status() !== PHP_SESSION_ACTIVE) {
        session_name(ADMIN_SESSION_COOKIE);
        session_start(['cookie_httponly' => true, 'cookie_secure' => true, 'cookie_samesite' => 'Strict']);
    }
}

function admin_require_login(): array
{
    if (isset($_COOKIE[ADMIN_SESSION_COOKIE])) {
        admin_session_start();
    }
    if (empty($_SESSION['admin'])) {
        header('Location: /admin/index.php?page=login');
        exit;
    }

    return $_SESSION['admin'];
}
