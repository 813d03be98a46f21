<?php

declare(strict_types=1);

namespace Givepath\Webhook;

use PDO;

final class PaymentRepository
{
    public function __construct(private readonly PDO $pdo)
    {
    }

    public function markSucceeded(string $providerRef, int $donationId, int $amountMinor): bool
    {
        $stmt = $this->pdo->prepare("UPDATE donation SET status = 'completed', provider_ref = :ref WHERE id = :id AND amount_minor = :amount AND status = 'pending'"); // SAFE sqli
        $stmt->execute(['ref' => $providerRef, 'id' => $donationId, 'amount' => $amountMinor]);

        if ($stmt->rowCount() === 1) {
            $this->pdo->prepare('UPDATE campaign c JOIN donation d ON d.campaign_id = c.id SET c.raised_minor = c.raised_minor + d.amount_minor WHERE d.id = ?')
                ->execute([$donationId]);

            return true;
        }

        return false;
    }

    public function markRefunded(string $providerRef): void
    {
        $stmt = $this->pdo->prepare("UPDATE donation SET status = 'refunded' WHERE provider_ref = ?");
        $stmt->execute([$providerRef]);
    }

    public function recordMandate(int $donorId, int $campaignId, int $amountMinor, string $mandateId): void
    {
        $stmt = $this->pdo->prepare(
            'INSERT INTO recurring_gift (donor_id, campaign_id, amount_minor, currency, `interval`, mandate_id, next_charge_at, active, failed_attempts)
             VALUES (?, ?, ?, \'GBP\', \'monthly\', ?, DATE_ADD(NOW(), INTERVAL 1 MONTH), 1, 0)'
        );
        $stmt->execute([$donorId, $campaignId, $amountMinor, $mandateId]);
    }
}
