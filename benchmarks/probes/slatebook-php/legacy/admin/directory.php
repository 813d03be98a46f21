<?php
declare(strict_types=1);

require_once __DIR__ . '/../bootstrap.php';
require_once __DIR__ . '/../lib/StaffDirectory.php';

require_admin();
$directory = new StaffDirectory(slate_config()['ldap']);
$results = [];

if (is_post() && !empty($_POST['username'])) {
    $results = $directory->findByUsername((string) $_POST['username']);
} elseif (is_post() && !empty($_POST['email'])) {
    $results = $directory->findByEmail((string) $_POST['email']);
}

render_header('Staff directory');
echo '<form method="post"><input name="username" placeholder="Username"> or <input type="email" name="email"><button>Look up</button></form>';
echo '<table class="directory"><tr><th>Name</th><th>Email</th><th>Department</th><th>Title</th></tr>';
foreach ($results as $r) {
    echo '<tr><td>' . h($r['name']) . '</td><td>' . h($r['email']) . '</td><td>' . h($r['department']) . '</td><td>' . h($r['title']) . '</td></tr>';
}
echo '</table>';
render_footer();
