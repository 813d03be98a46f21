<?php

namespace App\Models;

use App\Enums\BillingCycle;
use Illuminate\Database\Eloquent\Model;

class RentalPlan extends Model
{
    protected $fillable = ['name', 'billing_cycle', 'fee_cents', 'deposit_cents'];

    protected $casts = [
        'billing_cycle' => BillingCycle::class,
        'fee_cents' => 'integer',
        'deposit_cents' => 'integer',
    ];
}
