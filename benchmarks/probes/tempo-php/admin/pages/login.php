<h1>Tempo administration</h1>
<?php if (isset($loginError)): ?>
    <p class="error"><?= admin_h($loginError) ?></p>
<?php endif; ?>
<form method="post" action="/admin/index.php?page=login">
    <input type="hidden" name="action" value="login">
    <label>E-mail <input type="email" name="email" required></label>
    <label>Password <input type="password" name="password" required></label>
    <button type="submit">Sign in</button>
</form>
