<?php

namespace App\Models;

use App\Enums\Region;
use Illuminate\Database\Eloquent\Model;

class Branch extends Model
{
    protected $fillable = ['code', 'name', 'region', 'address', 'phone'];

    protected $casts = ['region' => Region::class];
}
