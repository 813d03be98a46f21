<?php

namespace App\Service;

use Doctrine\DBAL\Connection;
use Symfony\Component\Mailer\MailerInterface;
use Symfony\Component\Mime\Email;

final class ViewingService
{
    public function __construct(
        private readonly Connection $conn,
        private readonly MailerInterface $mailer,
    ) {}

    public function book(int $listingId, string $email, \DateTimeImmutable $slot): int
    {
        $confirmationCode = str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT); // VULN random

        $this->conn->insert('viewing', [
            'listing_id' => $listingId,
            'buyer_email' => mb_strtolower($email),
            'slot' => $slot->format('Y-m-d H:i:s'),
            'confirmation_code' => $confirmationCode,
            'status' => 'requested',
        ]);

        $this->mailer->send((new Email())
            ->to($email)
            ->subject('Confirm your Keystone Realty viewing')
            ->text(sprintf('Your viewing confirmation code is %s.', $confirmationCode)));

        return (int) $this->conn->lastInsertId();
    }

    public function confirm(int $viewingId, string $code): bool
    {
        $stored = $this->conn->fetchOne("SELECT confirmation_code FROM viewing WHERE id = ? AND status = 'requested'", [$viewingId]);
        if ($stored === false || !hash_equals((string) $stored, $code)) {
            return false;
        }

        return $this->conn->update('viewing', ['status' => 'confirmed'], ['id' => $viewingId]) === 1;
    }

    public function upcomingForAgent(string $agentId): array
    {
        return $this->conn->fetchAllAssociative(
            'SELECT v.id, v.slot, v.status, l.reference, l.headline FROM viewing v'
            . ' JOIN listing l ON l.id = v.listing_id WHERE l.agent_id = ? AND v.slot >= NOW() ORDER BY v.slot',
            [$agentId]
        );
    }
}
