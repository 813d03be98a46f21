<?php

namespace App\Repositories;

use App\Models\FeeStatement;
use App\Support\SortColumns;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;
use Illuminate\Support\Collection;

class FeeStatementRepository
{
    public function forContractor(int $contractorId, ?string $status, ?string $sort): LengthAwarePaginator
    {
        $query = FeeStatement::query()
            ->with('permit:id,reference,site_address')
            ->where('contractor_id', $contractorId);

        if ($status !== null && in_array($status, [FeeStatement::STATUS_OPEN, FeeStatement::STATUS_PAID, FeeStatement::STATUS_OVERDUE], true)) {
            $query->where('status', $status);
        }

        $query->orderByRaw(SortColumns::forFeeStatements($sort) . ' DESC'); // SAFE sqli

        return $query->paginate(20)->withQueryString();
    }

    /**
     * Per-contractor totals for the annual fee report. $year is already an
     * int by the time it gets here (route parameter constrained and cast).
     */
    public function yearTotals(int $year): Collection
    {
        return FeeStatement::query()
            ->selectRaw('contractor_id, COUNT(*) AS statements, SUM(total_cents) AS billed_cents, SUM(paid_cents) AS paid_cents')
            ->whereRaw('YEAR(period_from) = ' . $year) // SAFE sqli
            ->groupBy('contractor_id')
            ->orderByDesc('billed_cents')
            ->get();
    }

    public function findByPaymentReference(string $reference): ?FeeStatement
    {
        return FeeStatement::query()->where('payment_reference', $reference)->first();
    }

    public function markPaid(FeeStatement $statement, int $amountCents): void
    {
        $statement->paid_cents = (int) $statement->paid_cents + $amountCents;
        if ($statement->paid_cents >= $statement->total_cents) {
            $statement->status = FeeStatement::STATUS_PAID;
        }
        $statement->save();
    }
}
