<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta charset="utf-8">
    <title><?= $this->e($title) ?></title>
    <style>
        body { font-family: Arial, sans-serif; font-size: 10pt; }
        table { width: 100%; border-collapse: collapse; }
        td, th { border: 1px solid #333; height: 22px; padding: 2px 4px; }
    </style>
</head>
<body>
<h1><?= $this->e($title) ?></h1>
<p>Series: <?= $this->e($series['title']) ?> &middot; Formula: <?= $this->e((string) ($series['handicap_formula'] ?? 'elapsed * 1000 / py')) ?></p>
<table>
    <thead>
    <tr><th>Sail no.</th><th>Class</th><th>Helm</th><th>Crew</th><th>PY</th><th>Lap 1</th><th>Lap 2</th><th>Lap 3</th><th>Lap 4</th><th>Finish</th></tr>
    </thead>
    <tbody>
    <?php for ($i = 0; $i < 30; $i++): ?>
        <tr><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
    <?php endfor ?>
    </tbody>
</table>
</body>
</html>
