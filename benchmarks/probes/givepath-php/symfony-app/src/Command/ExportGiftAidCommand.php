<?php

namespace App\Command;

use App\Repository\DonationRepository;
use App\Service\GiftAidXmlService;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\Console\Style\SymfonyStyle;

#[AsCommand(name: 'givepath:gift-aid:export', description: 'Builds the Charities Online claim XML for a date range')]
class ExportGiftAidCommand extends Command
{
    public function __construct(
        private readonly DonationRepository $donations,
        private readonly GiftAidXmlService $xml,
        private readonly string $importDir,
    ) {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this
            ->addArgument('from', InputArgument::REQUIRED, 'First donation date (Y-m-d)')
            ->addArgument('to', InputArgument::REQUIRED, 'Last donation date (Y-m-d)')
            ->addOption('charity-id', null, InputOption::VALUE_REQUIRED, 'HMRC charity reference', 'XR12345')
            ->addOption('dry-run', null, InputOption::VALUE_NONE, 'Only print totals');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $io = new SymfonyStyle($input, $output);

        $from = \DateTimeImmutable::createFromFormat('!Y-m-d', (string) $input->getArgument('from'));
        $to = \DateTimeImmutable::createFromFormat('!Y-m-d', (string) $input->getArgument('to'));
        if ($from === false || $to === false || $from > $to) {
            $io->error('Dates must be Y-m-d and "from" must not be after "to".');

            return Command::INVALID;
        }

        $donations = $this->donations->findGiftAidClaimable($from, $to->setTime(23, 59, 59));
        $totalMinor = array_sum(array_map(static fn ($d) => $d->getAmountMinor(), $donations));

        $io->table(['Gifts', 'Donated', 'Reclaim (25%)'], [[
            count($donations),
            number_format($totalMinor / 100, 2),
            number_format(intdiv($totalMinor, 4) / 100, 2),
        ]]);

        if ($input->getOption('dry-run')) {
            return Command::SUCCESS;
        }

        $xml = $this->xml->buildClaim($donations, (string) $input->getOption('charity-id'), new \DateTimeImmutable());
        $target = sprintf('%s/giftaid/claim-%s-%s.xml', $this->importDir, $from->format('Ymd'), $to->format('Ymd'));
        if (!is_dir(dirname($target))) {
            mkdir(dirname($target), 0750, true);
        }
        file_put_contents($target, $xml);

        $io->success(sprintf('Claim written to %s', $target));

        return Command::SUCCESS;
    }
}
