<?php

namespace App\MessageHandler;

use App\Message\GenerateReceipt;
use App\Repository\DonationRepository;
use App\Service\ReceiptGenerator;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class GenerateReceiptHandler
{
    public function __construct(
        private readonly DonationRepository $donations,
        private readonly ReceiptGenerator $generator,
        private readonly EntityManagerInterface $em,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(GenerateReceipt $message): void
    {
        $donation = $this->donations->find($message->donationId);
        if ($donation === null) {
            $this->logger->warning('Receipt requested for unknown donation', ['id' => $message->donationId]);

            return;
        }

        $file = $this->generator->generate($donation, $message->paperSize, $message->locale);
        $donation->setReceiptFile($file);
        $this->em->flush();

        $this->logger->info('Receipt generated', ['donation' => $donation->getId(), 'file' => $file]);
    }
}
