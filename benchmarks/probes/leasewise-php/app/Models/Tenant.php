<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Tenant extends Model
{
    protected $fillable = [
        'first_name', 'last_name', 'email', 'phone', 'website', 'notes', 'external_ref',
    ];

    protected $hidden = ['portal_invite_code'];

    protected function casts(): array
    {
        return ['invite_expires_at' => 'datetime'];
    }

    public function leases(): HasMany
    {
        return $this->hasMany(Lease::class);
    }

    public function payments(): HasMany
    {
        return $this->hasMany(Payment::class);
    }

    public function getFullNameAttribute(): string
    {
        return trim($this->first_name.' '.$this->last_name);
    }
}
