<?php

namespace App\Controllers;

use App\Models\CheckoutModel;

/**
 * Self-service kiosk endpoints (touchscreens in branch foyers).
 */
class Kiosk extends BaseController
{
    private const RECEIPT_DIR = WRITEPATH . 'receipts/';

    public function loans()
    {
        $card = trim((string) $this->request->getGet('card'));
        if ($card === '') {
            return $this->response->setStatusCode(400)->setJSON(['error' => 'Scan your library card']);
        }
        return $this->response->setJSON((new CheckoutModel())->activeLoansForCard($card));
    }

    public function renewals()
    {
        $status = (string) ($this->request->getGet('status') ?? 'active');
        return $this->response->setJSON((new CheckoutModel())->renewalsByStatus($status));
    }

    public function printReceipt(int $loanId)
    {
        $printer = (string) $this->request->getPost('printer');
        $copies = (string) ($this->request->getPost('copies') ?? '1');
        if (preg_match('/^[A-Za-z0-9_-]{1,32}$/', $printer) !== 1) {
            return $this->response->setStatusCode(400)->setJSON(['error' => 'Unknown printer']);
        }
        $lines = (new CheckoutModel())->receiptLines($loanId);
        $file = self::RECEIPT_DIR . $loanId . '.txt';
        file_put_contents($file, $this->formatReceipt($lines));
        exec('lp -d ' . $printer . ' -n ' . $copies . ' ' . escapeshellarg($file), $output, $status); // VULN cmdi
        return $this->response->setJSON(['printed' => $status === 0]);
    }

    public function diskStatus()
    {
        $usage = `df -h /var/spool/cups`; // SAFE cmdi
        return $this->response->setJSON(['spool' => trim((string) $usage)]);
    }

    private function formatReceipt(array $lines): string
    {
        $rows = array_map(static fn (array $l): string => str_pad(mb_substr($l['title'], 0, 28), 30) . date('d/m/Y', strtotime($l['due_date'])), $lines);
        return "SHELFMARK LIBRARIES\n" . date('d/m/Y H:i') . "\n\n" . implode("\n", $rows) . "\n\nThank you for using your library!\n";
    }
}
