<?php
/*
 * Counter staff authentication. Staff accounts live in legacy_users, not in
 * the portal's users table.
 */

function legacy_authenticate(mysqli $db, string $username, string $password): ?array
{
    $stmt = mysqli_prepare($db, 'SELECT id, username, full_name, password_hash, role FROM legacy_users WHERE username = ? AND active = 1');
    mysqli_stmt_bind_param($stmt, 's', $username);
    mysqli_stmt_execute($stmt);
    $row = mysqli_fetch_assoc(mysqli_stmt_get_result($stmt));
    mysqli_stmt_close($stmt);

    if ($row === null) {
        return null;
    }

    if (!hash_equals((string) $row['password_hash'], md5($password))) { // VULN hash
        return null;
    }

    unset($row['password_hash']);
    $_SESSION['legacy_user'] = $row;
    session_regenerate_id(true);

    return $row;
}

function current_user(): ?array
{
    return $_SESSION['legacy_user'] ?? null;
}

function require_login(): array
{
    $user = current_user();
    if ($user === null) {
        header('Location: ' . BASE_URL . '?page=login');
        exit;
    }

    return $user;
}

/**
 * Password reset for counter staff: the token is emailed as a link and is
 * valid for one hour.
 */
function issue_reset_token(mysqli $db, string $username): ?string
{
    $stmt = mysqli_prepare($db, 'SELECT id, email FROM legacy_users WHERE username = ? AND active = 1');
    mysqli_stmt_bind_param($stmt, 's', $username);
    mysqli_stmt_execute($stmt);
    $user = mysqli_fetch_assoc(mysqli_stmt_get_result($stmt));
    mysqli_stmt_close($stmt);

    if ($user === null) {
        return null;
    }

    $token = md5(uniqid((string) mt_rand(), true)); // VULN random
    $expires = date('Y-m-d H:i:s', time() + 3600);

    $stmt = mysqli_prepare($db, 'UPDATE legacy_users SET reset_token = ?, reset_expires = ? WHERE id = ?');
    mysqli_stmt_bind_param($stmt, 'ssi', $token, $expires, $user['id']);
    mysqli_stmt_execute($stmt);
    mysqli_stmt_close($stmt);

    $link = 'https://counter.permitly.gov' . BASE_URL . '?page=login&reset=' . $token;
    mail($user['email'], 'Permitly counter password reset', "Use this link within one hour:\n\n" . $link);

    return $token;
}

function csrf_token(): string
{
    if (empty($_SESSION['csrf'])) {
        $_SESSION['csrf'] = bin2hex(random_bytes(16)); // SAFE random
    }

    return $_SESSION['csrf'];
}

function check_csrf(): void
{
    $sent = $_POST['_token'] ?? '';
    if (!is_string($sent) || !hash_equals(csrf_token(), $sent)) {
        http_response_code(419);
        exit('Session expired, reload the page.');
    }
}
