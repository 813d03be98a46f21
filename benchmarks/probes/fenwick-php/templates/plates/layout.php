<!doctype html>
<html lang="<?= $this->e($lang ?? 'en') ?>">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><?= $this->e($title ?? 'My stay') ?> · Fenwick Cottages</title>
    <link rel="stylesheet" href="/assets/site.css">
</head>
<body class="portal">
<header class="site-header">
    <a class="brand" href="/cottages">Fenwick Cottages</a>
    <nav><a href="/my-stay">My stay</a> <a href="/logout">Sign out</a></nav>
</header>
<main>
    <?= $this->section('content') ?>
</main>
</body>
</html>
