<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Breed extends Model
{
    protected $fillable = ['code', 'name', 'group_name'];

    public function classes(): HasMany
    {
        return $this->hasMany(BreedClass::class);
    }
}
