<?php

declare(strict_types=1);

namespace Leasewise\Statements\Service;

use InvalidArgumentException;
use Leasewise\Statements\Repository\StatementRepository;

final class StatementService
{
    public function __construct(private readonly StatementRepository $repository) {}

    public function build(int $ownerId, string $period): array
    {
        if (!preg_match('/\d{4}-\d{2}/', $period)) {
            throw new InvalidArgumentException('period must look like YYYY-MM');
        }

        $owner = $this->repository->owner($ownerId);
        if ($owner === null) {
            throw new InvalidArgumentException('unknown owner');
        }

        $lines = $this->repository->linesForPeriod($ownerId, $period);
        $totals = $this->repository->totalsForPeriod($ownerId, $period);

        $byProperty = [];
        foreach ($lines as $line) {
            $byProperty[$line['property_name']][] = $line;
        }

        $income = (int) $totals['income_cents'];
        $expenses = (int) $totals['expense_cents'];
        $managementFee = intdiv($income * (int) $owner['fee_basis_points'], 10000);

        return [
            'owner' => $owner,
            'period' => $period,
            'properties' => $byProperty,
            'income_cents' => $income,
            'expense_cents' => $expenses,
            'management_fee_cents' => $managementFee,
            'net_cents' => $income - $expenses - $managementFee,
        ];
    }
}
