<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Lease extends Model
{
    protected $fillable = [
        'unit_id', 'tenant_id', 'starts_on', 'ends_on', 'rent_cents', 'deposit_cents', 'status',
    ];

    protected function casts(): array
    {
        return [
            'starts_on' => 'date',
            'ends_on' => 'date',
            'rent_cents' => 'integer',
            'deposit_cents' => 'integer',
            'document_generated_at' => 'datetime',
            'archived_at' => 'datetime',
        ];
    }

    public function unit(): BelongsTo
    {
        return $this->belongsTo(Unit::class);
    }

    public function tenant(): BelongsTo
    {
        return $this->belongsTo(Tenant::class);
    }

    public function payments(): HasMany
    {
        return $this->hasMany(Payment::class);
    }

    public function charges(): HasMany
    {
        return $this->hasMany(LeaseCharge::class);
    }

    public function isActive(): bool
    {
        return $this->status === 'active';
    }
}
