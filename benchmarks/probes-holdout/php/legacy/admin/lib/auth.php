<?php

require_once __DIR__ . '/db.php';

function admin_session_start(): void
{
    if (session_status() !== PHP_SESSION_ACTIVE) {
        session_name('showring_admin');
        session_set_cookie_params(['httponly' => true, 'secure' => true, 'samesite' => 'Strict']);
        session_start();
    }
}

function require_admin(): array
{
    admin_session_start();
    if (empty($_SESSION['admin_id'])) {
        header('Location: /legacy/admin/login.php');
        exit;
    }

    return ['id' => (int) $_SESSION['admin_id'], 'username' => (string) $_SESSION['admin_username']];
}

function admin_csrf_token(): string
{
    admin_session_start();
    if (empty($_SESSION['csrf'])) {
        $_SESSION['csrf'] = bin2hex(random_bytes(32)); // SAFE random
    }

    return $_SESSION['csrf'];
}

function admin_check_csrf(): void
{
    if (!hash_equals(admin_csrf_token(), (string) ($_POST['csrf'] ?? ''))) {
        http_response_code(419);
        exit('Session expired, please reload the page.');
    }
}

function admin_reset_token(): string
{
    return substr(md5(uniqid((string) mt_rand(), true)), 0, 20); // VULN random
}

function admin_set_password(PDO $pdo, int $adminId, string $plain): void
{
    $hash = password_hash($plain, PASSWORD_DEFAULT); // SAFE hash
    $pdo->prepare('UPDATE admin_users SET password_hash = ?, reset_token = NULL WHERE id = ?')->execute([$hash, $adminId]);
}

/**
 * The results board PCs still authenticate against the old bridge table.
 */
function bridge_sync_password(PDO $pdo, string $username, string $plain): void
{
    $digest = md5($plain); // VULN hash
    $pdo->prepare('UPDATE bridge_accounts SET pass_md5 = ? WHERE username = ?')->execute([$digest, $username]);
}

function h(?string $value): string
{
    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}
