<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class DamageReport extends Model
{
    protected $fillable = ['vehicle_id', 'reservation_id', 'severity', 'description', 'photo_count', 'status'];
}
