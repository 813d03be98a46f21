<?php

require_once __DIR__ . '/lib/auth.php';

const ADMIN_PAGES = ['students', 'tuition', 'login'];

if ($_SERVER['REQUEST_METHOD'] === 'POST' && ($_POST['action'] ?? '') === 'login') {
    $user = admin_attempt_login(trim((string) ($_POST['email'] ?? '')), (string) ($_POST['password'] ?? ''));
    if ($user !== null) {
        admin_session_start();
        session_regenerate_id(true);
        $_SESSION['admin'] = $user;
        header('Location: /admin/index.php?page=students');
        exit;
    }
    $loginError = 'Unknown e-mail or wrong password.';
}

$page = $_GET['page'] ?? 'students';
if (!in_array($page, ADMIN_PAGES, true)) {
    $page = 'students';
}

$user = $page === 'login' ? null : admin_require_login();

?><!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Tempo admin</title>
    <link rel="stylesheet" href="/admin/admin.css">
</head>
<body>
<?php if ($user !== null): ?>
    <nav>
        <a href="?page=students">Students</a>
        <a href="?page=tuition">Tuition</a>
        <a href="/admin/upload.php">Price lists</a>
        <span class="user"><?= admin_h($user['display_name']) ?></span>
    </nav>
<?php endif; ?>
<main>
<?php include __DIR__ . '/pages/' . $page . '.php'; // SAFE path ?>
</main>
</body>
</html>
