<?php
/*
 * Short links printed on shelf-end QR codes before the 2022 site rebuild.
 * Kept so the old codes keep working: /legacy/go.php?c=hours
 */

const SHORT_LINKS = [
    'hours' => 'https://www.shelfmark.org/branches/opening-hours',
    'join' => 'https://www.shelfmark.org/join',
    'ebooks' => 'https://www.shelfmark.org/digital/ebooks',
    'rooms' => 'https://www.shelfmark.org/rooms',
    'events' => 'https://events.shelfmark.org/',
];

$code = strtolower(trim((string) ($_GET['c'] ?? '')));
$target = SHORT_LINKS[$code] ?? 'https://www.shelfmark.org/';

header('Location: ' . $target, true, 301); // SAFE redirect
exit;
