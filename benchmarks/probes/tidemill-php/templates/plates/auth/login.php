<?php $this->layout('layout', ['title' => 'Sign in']) ?>

<h1>Sign in</h1>

<?php if ($error !== null): ?>
    <p class="error"><?= $this->e($error) ?></p>
<?php endif ?>

<form method="post" action="/login" class="login-form">
    <input type="hidden" name="returnTo" value="<?= $this->e($returnTo) ?>"> <!-- SAFE xss -->
    <label>E-mail <input type="email" name="email" autocomplete="username" required></label>
    <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
    <button type="submit">Sign in</button>
</form>

<details class="guest">
    <summary>Visiting for the day?</summary>
    <form method="post" action="/login">
        <input type="hidden" name="returnTo" value="/boats">
        <label>Guest pass code <input name="guest_code" inputmode="numeric" pattern="[0-9]{4}-[0-9]{4}" required></label>
        <button type="submit">Use guest pass</button>
    </form>
</details>
