<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title><?= esc($title ?? 'Fenwick back office') ?></title>
    <link rel="stylesheet" href="<?= base_url('css/backoffice.css') ?>">
</head>
<body>
<header class="bo-header">
    <a href="<?= site_url('bookings') ?>">Bookings</a>
    <a href="<?= site_url('rota') ?>">Cleaning rota</a>
    <?php if (session('staff_name')): ?>
        <span class="bo-user"><?= esc(session('staff_name')) ?> · <a href="<?= site_url('staff/logout') ?>">Sign out</a></span>
    <?php endif ?>
</header>
<main>
    <?php if (session()->getFlashdata('message')): ?>
        <p class="flash"><?= esc(session()->getFlashdata('message')) ?></p>
    <?php endif ?>
    <?= $this->renderSection('content') ?>
</main>
</body>
</html>
