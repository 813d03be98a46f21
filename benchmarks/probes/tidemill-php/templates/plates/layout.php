<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title><?= $this->e($title ?? $clubName) ?></title>
    <link rel="stylesheet" href="/assets/tidemill.css">
</head>
<body>
<header class="site-header">
    <a class="brand" href="/"><?= $this->e($clubName) ?></a>
    <nav>
        <a href="/boats">Fleet &amp; hire</a>
        <a href="/results/1">Results</a>
        <a href="/documents">Documents</a>
    </nav>
</header>
<main>
    <?= $this->section('content') ?>
</main>
</body>
</html>
