<?php
declare(strict_types=1);

require_once __DIR__ . '/../bootstrap.php';

$admin = require_admin();
$page = resolve_admin_page((string) ($_GET['p'] ?? 'dashboard'));

render_header('Dashboard');
echo '<p class="welcome">Signed in as ' . h($admin['email']) . '</p>';
include slate_config()['paths']['pages'] . '/' . $page; // SAFE path
render_footer();
