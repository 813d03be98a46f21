<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Property extends Model
{
    protected $fillable = [
        'owner_id', 'name', 'street', 'city', 'state', 'postal_code',
        'late_fee_formula', 'grace_days',
    ];

    protected function casts(): array
    {
        return ['grace_days' => 'integer'];
    }

    public function owner(): BelongsTo
    {
        return $this->belongsTo(Owner::class);
    }

    public function units(): HasMany
    {
        return $this->hasMany(Unit::class);
    }

    public function photos(): HasMany
    {
        return $this->hasMany(PropertyPhoto::class);
    }

    public function getAddressLineAttribute(): string
    {
        return sprintf('%s, %s, %s %s', $this->street, $this->city, $this->state, $this->postal_code);
    }
}
