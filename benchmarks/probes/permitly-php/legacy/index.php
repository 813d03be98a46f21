<?php
/*
 * Counter-office front controller: index.php?page=<name>
 */

require_once __DIR__ . '/inc/bootstrap.php';

$page = isset($_GET['page']) ? strtolower((string) $_GET['page']) : 'lookup';

if (!is_valid_page($page)) {
    http_response_code(404);
    $page = 'lookup';
}

$public = ['login'];
$user = in_array($page, $public, true) ? current_user() : require_login();

ob_start();
render_page($page, ['db' => $db, 'user' => $user, 'page' => $page]);
$content = ob_get_clean();

render_template('layout', ['content' => $content, 'user' => $user, 'page' => $page]);
