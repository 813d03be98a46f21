<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Vehicle extends Model
{
    protected $fillable = ['plate', 'vin', 'make', 'model', 'class', 'branch_code', 'daily_rate', 'odometer_km', 'status', 'active', 'telematics_url'];

    protected $casts = ['active' => 'boolean', 'daily_rate' => 'decimal:2', 'odometer_km' => 'integer'];
}
