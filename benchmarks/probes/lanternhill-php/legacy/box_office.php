<?php
declare(strict_types=1);

require __DIR__ . '/bootstrap.php';

$staff = lh_staff('counter', 'manager');
$ledger = new BoxOfficeLedger(lh_mysqli(), lh_pdo(), LH_EXPORT_DIR);
$smarty = lh_smarty();
$do = $_GET['do'] ?? 'sales';

switch ($do) {
    case 'sales':
        $performance = (string) ($_GET['performance'] ?? '');
        $sales = $performance !== '' ? $ledger->salesForPerformance($performance) : [];
        $smarty->assign('performance', $performance);
        $smarty->assign('sales', $sales);
        $smarty->assign('total', array_sum(array_column($sales, 'total')));
        break;

    case 'patrons':
        $q = trim((string) ($_GET['q'] ?? ''));
        $smarty->assign('query', $q);
        $smarty->assign('patrons', $q !== '' ? $ledger->findPatrons($q) : []);
        break;

    case 'quote':
        lh_check_csrf();
        header('Content-Type: application/json');
        try {
            $price = $ledger->quote((string) $_POST['formula'], (float) $_POST['base'], (int) $_POST['seats']);
            echo json_encode(['price' => $price]);
        } catch (Throwable $e) {
            http_response_code(422);
            echo json_encode(['error' => $e->getMessage()]);
        }
        exit;

    case 'export':
        lh_check_csrf();
        $rows = $ledger->salesForPerformance((string) $_POST['performance']);
        $name = trim((string) ($_POST['filename'] ?? '')) ?: 'sales-' . date('Y-m-d') . '.csv';
        $ledger->writeExport($name, $rows);
        lh_redirect('box_office.php?do=download&file=' . rawurlencode($name));

    case 'download':
        $ledger->sendExport((string) ($_GET['file'] ?? ''));
        exit;

    case 'footer':
        $staff = lh_staff('manager');
        if ($_SERVER['REQUEST_METHOD'] === 'POST') {
            lh_check_csrf();
            (new ReceiptMailer($smarty, lh_pdo()))->saveFooter((string) $_POST['footer'], (int) $staff['id']);
            lh_redirect('box_office.php?do=footer&saved=1');
        }
        $smarty->assign('saved', isset($_GET['saved']));
        break;

    default:
        http_response_code(404);
        exit('Unknown page');
}

$smarty->assign('do', $do);
$smarty->assign('csrf', lh_csrf_token());
$smarty->display('patron_list.tpl');
