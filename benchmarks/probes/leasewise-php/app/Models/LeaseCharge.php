<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class LeaseCharge extends Model
{
    protected $fillable = ['type', 'period', 'amount_cents', 'memo'];

    protected function casts(): array
    {
        return ['amount_cents' => 'integer'];
    }

    public function lease(): BelongsTo
    {
        return $this->belongsTo(Lease::class);
    }
}
