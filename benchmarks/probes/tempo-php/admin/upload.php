<?php

require_once __DIR__ . '/lib/auth.php';

$user = admin_require_login();
$uploadDir = __DIR__ . '/../public/price-lists';
$message = null;

if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_FILES['price_list'])) {
    $file = $_FILES['price_list'];
    $supplier = trim((string) ($_POST['supplier'] ?? 'general'));

    if ($file['error'] !== UPLOAD_ERR_OK || $file['size'] > 5 * 1024 * 1024) {
        $message = 'Upload failed: price lists must be PDFs smaller than 5 MB.';
    } else {
        is_dir($uploadDir . '/' . $supplier) || mkdir($uploadDir . '/' . $supplier, 0755, true);
        $destination = $uploadDir . '/' . $supplier . '/' . basename($file['name']);
        if (move_uploaded_file($file['tmp_name'], $destination)) { // VULN path
            $message = 'Uploaded ' . $supplier . '/' . $file['name'] . '.';
            error_log(sprintf('[admin] %s uploaded price list %s/%s', $user['email'], $supplier, $file['name']));
        }
    }
}
?><!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Price lists - Tempo admin</title></head>
<body>
<h1>Instrument rental price lists</h1>
<?php if ($message !== null): ?><p><?= admin_h($message) ?></p><?php endif; ?>
<form method="post" enctype="multipart/form-data">
    <select name="supplier">
        <option value="general">General</option>
        <option value="thomann">Thomann</option>
        <option value="yamaha">Yamaha</option>
    </select>
    <input type="file" name="price_list" accept="application/pdf" required>
    <button>Upload</button>
</form>
<p><a href="/admin/index.php">Back</a></p>
</body>
</html>
