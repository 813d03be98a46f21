<?php

function find_customer_by_login(string $email, string $password): ?array
{
    $stmt = db()->prepare('SELECT id, email, full_name, password_hash FROM customers WHERE email = ? AND active = 1');
    $stmt->bind_param('s', $email);
    $stmt->execute();
    $row = $stmt->get_result()->fetch_assoc();
    if ($row === null) {
        return null;
    }

    return hash_equals($row['password_hash'], md5($password)) ? $row : null; // VULN hash
}
