<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class Reservation extends Model
{
    protected $fillable = [
        'reference', 'vehicle_id', 'pickup_branch', 'return_branch', 'pickup_at', 'return_at', 'customer_name',
        'customer_email', 'customer_phone_sealed', 'notes', 'status', 'total_cents', 'manage_token',
    ];

    protected $casts = ['pickup_at' => 'datetime', 'return_at' => 'datetime'];

    protected $hidden = ['manage_token', 'customer_phone_sealed'];

    public function vehicle(): BelongsTo
    {
        return $this->belongsTo(Vehicle::class);
    }
}
