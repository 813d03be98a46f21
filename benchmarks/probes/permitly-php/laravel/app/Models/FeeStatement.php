<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class FeeStatement extends Model
{
    public const STATUS_OPEN = 'open';
    public const STATUS_PAID = 'paid';
    public const STATUS_OVERDUE = 'overdue';

    protected $fillable = [
        'permit_application_id',
        'contractor_id',
        'statement_number',
        'title',
        'status',
        'period_from',
        'period_to',
        'total_cents',
        'paid_cents',
        'pdf_path',
        'payment_reference',
    ];

    protected $casts = [
        'period_from' => 'date',
        'period_to' => 'date',
        'line_items' => 'array',
    ];

    public function permit(): BelongsTo
    {
        return $this->belongsTo(PermitApplication::class, 'permit_application_id');
    }

    public function contractor(): BelongsTo
    {
        return $this->belongsTo(Contractor::class);
    }

    public function balanceCents(): int
    {
        return max(0, (int) $this->total_cents - (int) $this->paid_cents);
    }

    public function formattedTotal(): string
    {
        return number_format($this->total_cents / 100, 2);
    }
}
