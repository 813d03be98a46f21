<?php
declare(strict_types=1);

/**
 * Renders and e-mails receipts. The footer (opening hours, parking notes,
 * "see you at the show!") is edited by the box office manager under
 * Settings and kept in the settings table.
 */
class ReceiptMailer
{
    /** @var Smarty */
    private $smarty;

    /** @var PDO */
    private $pdo;

    public function __construct(Smarty $smarty, PDO $pdo)
    {
        $this->smarty = $smarty;
        $this->pdo = $pdo;
    }

    public function saveFooter(string $footer, int $staffId): void
    {
        $stmt = $this->pdo->prepare("REPLACE INTO settings (name, value, updated_by, updated_at) VALUES ('receipt_footer', ?, ?, NOW())");
        $stmt->execute([$footer, $staffId]);
    }

    public function footer(array $sale): string
    {
        $stmt = $this->pdo->query("SELECT value FROM settings WHERE name = 'receipt_footer'");
        $footer = (string) ($stmt->fetchColumn() ?: 'Thank you for supporting Lanternhill!');

        $this->smarty->assign('sale', $sale);
        return $this->smarty->fetch('string:' . $footer); // VULN ssti
    }

    public function render(array $sale): string
    {
        $this->smarty->assign('receipt', $sale);
        $this->smarty->assign('footer', $this->footer($sale));
        return $this->smarty->fetch('receipt.tpl'); // SAFE ssti
    }

    public function send(array $sale): bool
    {
        $html = $this->render($sale);
        $headers = [
            'From' => 'Lanternhill Box Office <boxoffice@lanternhill.org>',
            'MIME-Version' => '1.0',
            'Content-Type' => 'text/html; charset=UTF-8',
        ];
        $to = filter_var($sale['email'], FILTER_VALIDATE_EMAIL);
        return $to !== false && mail($to, 'Your Lanternhill tickets', $html, $headers);
    }
}
