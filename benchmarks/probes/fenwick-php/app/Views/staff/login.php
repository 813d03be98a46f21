<?= $this->extend('layout') ?>

<?= $this->section('content') ?>
<h1>Staff sign-in</h1>
<?php if ($error): ?>
    <p class="error"><?= esc($error) ?></p>
<?php endif ?>
<?= form_open('staff/login') ?>
    <input type="hidden" name="return_url" value="<?= esc($return_url, 'attr') ?>">
    <label>Username <input type="text" name="username" autocomplete="username" required></label>
    <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
    <button type="submit">Sign in</button>
<?= form_close() ?>
<?= $this->endSection() ?>
