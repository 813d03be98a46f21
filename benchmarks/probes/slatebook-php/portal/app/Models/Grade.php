<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Grade extends Model
{
    protected $table = 'grades';

    protected $casts = ['score' => 'float', 'published' => 'boolean'];
}
