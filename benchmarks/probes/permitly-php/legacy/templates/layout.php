<?php
/**
 * @var string $content
 * @var array|null $user
 * @var string $page
 */
$nav = [
    'lookup' => 'Lookup',
    'fee_estimate' => 'Fee estimate',
    'office' => 'Office tools',
];
?>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Permitly counter</title>
    <link rel="stylesheet" href="/legacy/assets/counter.css">
    <script src="/legacy/assets/counter.js" defer></script>
</head>
<body>
<header class="top">
    <strong>Permitly counter</strong>
    <?php if ($user): ?>
        <nav>
            <?php foreach ($nav as $key => $label): ?>
                <a href="<?= h(BASE_URL . '?page=' . $key) ?>" class="<?= $key === $page ? 'active' : '' ?>"><?= h($label) ?></a>
            <?php endforeach; ?>
        </nav>
        <span class="who"><?= h($user['full_name']) ?> &middot; <a href="<?= h(BASE_URL . '?page=login&logout=1&back=' . rawurlencode('/legacy/index.php?page=lookup')) ?>">sign out</a></span>
    <?php endif; ?>
</header>
<main>
<?= $content ?>
</main>
<footer>City of Permitly &middot; Development Services counter &middot; ext. 4410</footer>
</body>
</html>
