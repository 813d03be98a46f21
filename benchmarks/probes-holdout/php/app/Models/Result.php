<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class Result extends Model
{
    protected $fillable = ['entry_id', 'placing', 'points', 'award', 'critique', 'steward_notes'];

    public function entry(): BelongsTo
    {
        return $this->belongsTo(Entry::class);
    }
}
