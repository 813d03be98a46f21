<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Kennel extends Model
{
    protected $fillable = ['name', 'affix', 'club_reg_number', 'owner_id', 'webhook_url', 'logo_url', 'verified_at'];

    protected $casts = [
        'verified_at' => 'datetime',
    ];

    public function dogs(): HasMany
    {
        return $this->hasMany(Dog::class);
    }
}
