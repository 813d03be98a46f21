<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Message\PrintBadge;
use App\Repository\MemberRepository;
use App\Service\BadgePrinterService;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class PrintBadgeHandler
{
    public function __construct(
        private readonly BadgePrinterService $printer,
        private readonly MemberRepository $members,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(PrintBadge $message): void
    {
        $member = $this->members->find($message->memberId);
        if ($member === null) {
            $this->logger->warning('Badge requested for unknown member', ['member' => $message->memberId]);

            return;
        }

        $name = $message->displayName !== '' ? $message->displayName : $member->getDisplayName();
        $title = $message->title !== '' ? $message->title : ($member->getCompany() ?? 'Member');

        $this->printer->printLabel($name, $title, $message->printer, (string) $member->getId());
    }
}
