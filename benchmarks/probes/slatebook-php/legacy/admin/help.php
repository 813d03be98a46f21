<?php
declare(strict_types=1);

require_once __DIR__ . '/../bootstrap.php';

require_admin();
$topic = (string) ($_GET['topic'] ?? 'getting-started');

render_header('Help');
echo '<aside class="help-index"><a href="?topic=getting-started">Getting started</a> '
    . '<a href="?topic=grade-entry">Grade entry</a> <a href="?topic=imports">Imports</a></aside>';
echo '<article class="help">';
include slate_config()['paths']['help'] . '/' . $topic . '.php'; // VULN path
echo '</article>';
render_footer();
