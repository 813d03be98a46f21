<?php
/**
 * Secretary maintenance page: database backups, clearing old uploads from the
 * pre-2019 entry system, and migrating per-secretary settings (stored
 * PHP-serialised in secretary_settings, or pasted from the old desktop tool)
 * into the JSON column.
 */
require_once __DIR__ . '/lib/auth.php';
require_once __DIR__ . '/lib/ops.php';

$admin = require_admin();
$pdo = legacy_pdo();
$action = (string) ($_POST['action'] ?? '');
$notice = null;

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    admin_check_csrf();

    switch ($action) {
        case 'backup':
            $label = (string) ($_POST['label'] ?? 'manual');
            if (preg_match('/^[a-z0-9_-]{1,32}$/', $label) !== 1) {
                http_response_code(422);
                exit('Backup labels may only contain lower-case letters, digits, dashes and underscores.');
            }

            $tables = trim((string) ($_POST['tables'] ?? 'shows entries results dogs'));
            $file = run_backup($label, $tables);
            $notice = sprintf('Backup written to %s - %s', $file, verify_backup($file) ? 'verified' : 'FAILED verification');
            error_log(sprintf('[showring-backup] %s ran backup %s', $admin['username'], $file));
            break;

        case 'clean':
            $removed = 0;
            foreach ((array) ($_POST['files'] ?? []) as $name) {
                if (remove_upload((string) $name)) {
                    $removed++;
                }
            }
            $notice = "Removed {$removed} file(s).";
            error_log(sprintf('[showring-admin] %s removed %d uploads', $admin['username'], $removed));
            break;

        case 'migrate':
            $migrated = 0;
            if (!empty($_POST['pasted'])) {
                $settings = import_desktop_settings((string) $_POST['pasted']);
                if (is_array($settings)) {
                    $pdo->prepare('UPDATE admin_users SET settings_json = ? WHERE id = ?')->execute([json_encode($settings), $admin['id']]);
                    $migrated++;
                }
            } else {
                $rows = $pdo->query('SELECT admin_id, settings FROM secretary_settings WHERE migrated = 0')->fetchAll();
                foreach ($rows as $row) {
                    $settings = unserialize($row['settings'], ['allowed_classes' => false]); // SAFE deser
                    if (!is_array($settings)) {
                        continue;
                    }
                    $pdo->prepare('UPDATE admin_users SET settings_json = ? WHERE id = ?')->execute([json_encode($settings), $row['admin_id']]);
                    $pdo->prepare('UPDATE secretary_settings SET migrated = 1 WHERE admin_id = ?')->execute([$row['admin_id']]);
                    $migrated++;
                }
            }
            $notice = "Migrated {$migrated} settings record(s).";
            break;
    }
}

$files = list_uploads();
$csrf = admin_csrf_token();
?>
<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Maintenance</title><link rel="stylesheet" href="/legacy/admin/admin.css"></head>
<body>
<p>Signed in as <?= h($admin['username']) ?></p>
<?php if ($notice !== null): ?><p class="notice"><?= h($notice) ?></p><?php endif; ?>

<h2>Database backup</h2>
<form method="post">
    <input type="hidden" name="csrf" value="<?= h($csrf) ?>">
    <input type="hidden" name="action" value="backup">
    <label>Label <input name="label" value="manual" pattern="[a-z0-9_-]{1,32}"></label>
    <label>Tables <input name="tables" value="shows entries results dogs"></label>
    <button type="submit">Run backup</button>
</form>

<h2>Legacy uploads</h2>
<form method="post">
    <input type="hidden" name="csrf" value="<?= h($csrf) ?>">
    <input type="hidden" name="action" value="clean">
    <table>
        <tr><th></th><th>File</th><th>Size</th><th>Uploaded</th></tr>
        <?php foreach ($files as $file): ?>
            <tr>
                <td><input type="checkbox" name="files[]" value="<?= h($file['name']) ?>"></td>
                <td><?= h($file['name']) ?></td>
                <td><?= number_format($file['size'] / 1024, 1) ?> KB</td>
                <td><?= date('j M Y H:i', $file['modified']) ?></td>
            </tr>
        <?php endforeach; ?>
    </table>
    <button type="submit">Delete selected</button>
</form>

<h2>Secretary settings</h2>
<form method="post">
    <input type="hidden" name="csrf" value="<?= h($csrf) ?>">
    <input type="hidden" name="action" value="migrate">
    <p><button type="submit">Migrate stored settings</button></p>
    <p><label>Or paste an export from the desktop tool<br><textarea name="pasted" rows="6" cols="80"></textarea></label></p>
    <p><button type="submit">Import pasted settings</button></p>
</form>
</body>
</html>
