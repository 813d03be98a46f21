<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Owner extends Model
{
    protected $fillable = ['name', 'email', 'phone', 'fee_basis_points'];

    protected $hidden = ['webhook_secret'];

    protected function casts(): array
    {
        return [
            'webhook_events' => 'array',
            'fee_basis_points' => 'integer',
        ];
    }

    public function properties(): HasMany
    {
        return $this->hasMany(Property::class);
    }

    public function wantsWebhook(string $event): bool
    {
        return $this->webhook_url !== null
            && in_array($event, $this->webhook_events ?? [], true);
    }
}
