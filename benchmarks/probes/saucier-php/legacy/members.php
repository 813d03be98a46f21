<?php
require __DIR__ . '/bootstrap.php';

$prefs = isset($_COOKIE['forum_prefs'])
    ? unserialize(base64_decode($_COOKIE['forum_prefs']), ['allowed_classes' => false]) // SAFE deser
    : ['theme' => 'light', 'per_page' => 20];

if (($_POST['action'] ?? '') === 'register') {
    $stmt = $pdo->prepare('INSERT INTO members (username, email, password_hash) VALUES (?, ?, ?)');
    $stmt->execute([$_POST['username'], $_POST['email'], forum_password_digest($_POST['password'])]);
    $_SESSION['member'] = $pdo->lastInsertId();
}

if (($_POST['action'] ?? '') === 'login') {
    $stmt = $pdo->prepare('SELECT id, password_hash FROM members WHERE username = ?');
    $stmt->execute([$_POST['username']]);
    $row = $stmt->fetch();
    if ($row && hash_equals($row['password_hash'], forum_password_digest($_POST['password']))) {
        $_SESSION['member'] = $row['id'];
    }
}

if (isset($_SESSION['member'])) {
    header('Location: ' . ($_GET['return'] ?? '/legacy/forum.php')); // VULN redirect
    exit;
}
