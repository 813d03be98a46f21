<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Show extends Model
{
    protected $fillable = ['name', 'venue', 'show_date', 'closing_date', 'status', 'catalogue_footer', 'catalogue_title'];

    protected $casts = [
        'show_date' => 'date',
        'closing_date' => 'date',
    ];

    public function entries(): HasMany
    {
        return $this->hasMany(Entry::class);
    }

    public function rings(): HasMany
    {
        return $this->hasMany(Ring::class);
    }

    public function isOpenForEntries(): bool
    {
        return $this->status === 'open' && now()->lte($this->closing_date);
    }
}
