<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Contractor extends Model
{
    protected $fillable = [
        'company_name',
        'licence_number',
        'licence_class',
        'licence_expires_on',
        'email',
        'phone',
        'webhook_url',
        'email_signature',
        'password',
        'portal_pin_hash',
        'api_token_hash',
    ];

    protected $hidden = ['password', 'portal_pin_hash', 'api_token_hash'];

    protected $casts = [
        'licence_expires_on' => 'date',
    ];

    public function permits(): HasMany
    {
        return $this->hasMany(PermitApplication::class);
    }

    public function feeStatements(): HasMany
    {
        return $this->hasMany(FeeStatement::class);
    }

    public function hasActiveLicence(): bool
    {
        return $this->licence_expires_on !== null && $this->licence_expires_on->isFuture();
    }
}
