<?php
/**
 * Back-office tools: print queue and plan-set import from the scanner.
 * @var mysqli $db
 * @var array $user
 */

$messages = [];
$printers = ['COUNTER1', 'COUNTER2', 'PLANS_PLOTTER'];

if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
    check_csrf();

    switch ($_POST['action'] ?? '') {
        case 'print':
            $printer = (string) ($_POST['printer'] ?? 'COUNTER1');
            $file = (string) ($_POST['file'] ?? '');
            $title = 'Permitly counter - ' . $user['username'];
            $output = print_document($printer, $file, $title);
            $messages[] = 'Sent ' . $file . ' to ' . $printer . ($output !== '' ? ': ' . $output : '');
            break;

        case 'archive':
            $messages[] = archive_spool_file((string) ($_POST['file'] ?? '')) ? 'Archived.' : 'Nothing to archive.';
            break;

        case 'import_plans':
            $permitId = (int) ($_POST['permit_id'] ?? 0);
            $upload = $_FILES['tarball'] ?? null;
            if ($permitId <= 0 || $upload === null || $upload['error'] !== UPLOAD_ERR_OK) {
                $messages[] = 'Choose a permit and a .tar.gz from the scanning station.';
                break;
            }
            $tarPath = sys_get_temp_dir() . '/planset-' . $permitId . '-' . bin2hex(random_bytes(6)) . '.tar.gz';
            move_uploaded_file($upload['tmp_name'], $tarPath);
            try {
                $messages[] = 'Imported ' . import_plan_tarball($tarPath, $permitId) . ' sheets.';
            } catch (Throwable $e) {
                $messages[] = 'Import failed: ' . $e->getMessage();
            } finally {
                @unlink($tarPath);
            }
            break;
    }
}

$spool = spool_files();
?>
<h1>Office tools</h1>

<?php foreach ($messages as $message): ?>
    <p class="flash"><?= h($message) ?></p>
<?php endforeach; ?>

<h2>Print queue</h2>
<table class="grid">
    <thead><tr><th>File</th><th>Printer</th><th></th></tr></thead>
    <tbody>
    <?php foreach ($spool as $file): ?>
        <tr>
            <td><?= h($file) ?></td>
            <td>
                <form method="post" class="inline">
                    <input type="hidden" name="_token" value="<?= h(csrf_token()) ?>">
                    <input type="hidden" name="action" value="print">
                    <input type="hidden" name="file" value="<?= h($file) ?>">
                    <select name="printer">
                        <?php foreach ($printers as $printer): ?>
                            <option><?= h($printer) ?></option>
                        <?php endforeach; ?>
                    </select>
                    <button type="submit">Print</button>
                </form>
            </td>
            <td>
                <form method="post" class="inline">
                    <input type="hidden" name="_token" value="<?= h(csrf_token()) ?>">
                    <input type="hidden" name="action" value="archive">
                    <input type="hidden" name="file" value="<?= h($file) ?>">
                    <button type="submit">Archive</button>
                </form>
            </td>
        </tr>
    <?php endforeach; ?>
    </tbody>
</table>

<h2>Import plan set</h2>
<form method="post" enctype="multipart/form-data">
    <input type="hidden" name="_token" value="<?= h(csrf_token()) ?>">
    <input type="hidden" name="action" value="import_plans">
    <label>Permit ID <input type="number" name="permit_id" min="1" required></label>
    <label>Tarball <input type="file" name="tarball" accept=".tar,.tar.gz,.tgz" required></label>
    <button type="submit">Import</button>
</form>
