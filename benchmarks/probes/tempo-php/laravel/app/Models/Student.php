<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Student extends Model
{
    protected $fillable = ['first_name', 'last_name', 'email', 'instrument', 'level', 'password', 'enrolled_at', 'active'];

    protected $hidden = ['password'];

    protected $casts = ['enrolled_at' => 'date', 'active' => 'boolean', 'level' => 'integer'];

    public function getFullNameAttribute(): string
    {
        return trim($this->first_name . ' ' . $this->last_name);
    }

    public function lessons(): HasMany
    {
        return $this->hasMany(Lesson::class);
    }
}
