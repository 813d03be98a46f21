<?php

namespace App\Command;

use App\Entity\Donation;
use App\Entity\RecurringGift;
use App\Service\PaymentGatewayClient;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'givepath:recurring:charge', description: 'Collects recurring gifts that are due today')]
class ChargeRecurringGiftsCommand extends Command
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly PaymentGatewayClient $payments,
        private readonly LoggerInterface $logger,
    ) {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->addOption('limit', 'l', InputOption::VALUE_REQUIRED, 'Maximum gifts to charge in this run', '500');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $due = $this->em->createQueryBuilder()
            ->select('g')
            ->from(RecurringGift::class, 'g')
            ->andWhere('g.active = true')
            ->andWhere('g.nextChargeAt <= :now')
            ->setParameter('now', new \DateTimeImmutable())
            ->setMaxResults((int) $input->getOption('limit'))
            ->getQuery()
            ->getResult();

        $ok = 0;
        $failed = 0;
        foreach ($due as $gift) {
            $key = sprintf('rg-%d-%s', $gift->getId(), $gift->getNextChargeAt()->format('Ymd'));
            $result = $this->payments->chargeMandate($gift, $key);

            if ($result['status'] === 201 && ($result['body']['status'] ?? '') === 'succeeded') {
                $donation = new Donation($gift->getCampaign(), $gift->getAmountMinor(), $gift->getCurrency());
                $donation->setDonor($gift->getDonor());
                $donation->setChannel(Donation::CHANNEL_RECURRING);
                $donation->setGiftAid($gift->getDonor()->hasGiftAidDeclaration());
                $donation->markCompleted((string) $result['body']['id']);
                $this->em->persist($donation);
                $gift->getCampaign()->addRaised($gift->getAmountMinor());
                $gift->recordSuccess();
                ++$ok;
            } else {
                $gift->recordFailure();
                $this->logger->notice('Recurring charge failed', ['gift' => $gift->getId(), 'status' => $result['status']]);
                ++$failed;
            }

            if (($ok + $failed) % 50 === 0) {
                $this->em->flush();
            }
        }

        $this->em->flush();
        $output->writeln(sprintf('<info>%d charged</info>, <comment>%d failed</comment>', $ok, $failed));

        return Command::SUCCESS;
    }
}
