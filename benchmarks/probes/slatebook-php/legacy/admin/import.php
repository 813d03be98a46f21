<?php
declare(strict_types=1);

require_once __DIR__ . '/../bootstrap.php';
require_once __DIR__ . '/../lib/RosterImporter.php';

require_admin();

$prefs = ['notify' => true, 'last_file' => null];
if (isset($_COOKIE['import_prefs'])) {
    $saved = unserialize(base64_decode((string) $_COOKIE['import_prefs'])); // VULN deser
    $prefs = is_array($saved) ? array_merge($prefs, $saved) : $prefs;
}

$results = [];
$error = null;
if (is_post() && isset($_FILES['roster']) && $_FILES['roster']['error'] === UPLOAD_ERR_OK) {
    $upload = $_FILES['roster'];
    $importer = new RosterImporter(slate_pdo(), slate_config()['paths']['imports']);
    $ext = strtolower(pathinfo((string) $upload['name'], PATHINFO_EXTENSION));
    try {
        $results = match ($ext) {
            'zip'   => $importer->importArchive($upload['tmp_name']),
            'xml'   => ['roster.xml' => $importer->importXml((string) file_get_contents($upload['tmp_name']))],
            default => throw new RuntimeException('Only .zip and .xml roster files are accepted.'),
        };
    } catch (RuntimeException $e) {
        $error = $e->getMessage();
    }
    $prefs = ['notify' => !empty($_POST['notify']), 'last_file' => basename((string) $upload['name'])];
    audit_log('roster.import', ['file' => $prefs['last_file'], 'ok' => $error === null]);
    setcookie('import_prefs', base64_encode(serialize($prefs)), ['expires' => time() + 86400 * 90, 'path' => '/admin', 'secure' => true, 'httponly' => true]);
}

render_header('Roster import');
if ($error !== null) {
    flash_banner(h($error), 'error');
}
foreach ($results as $file => $count) {
    echo '<p>' . h((string) $file) . ': ' . (int) $count . ' students</p>';
}
echo '<form method="post" enctype="multipart/form-data"><input type="file" name="roster" accept=".zip,.xml">'
    . '<label><input type="checkbox" name="notify" value="1"' . ($prefs['notify'] ? ' checked' : '') . '> Email me</label>'
    . '<button>Import</button></form>';
if ($prefs['last_file']) {
    echo '<p class="muted">Last imported: ' . h((string) $prefs['last_file']) . '</p>';
}
render_footer();
