<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Ring extends Model
{
    protected $fillable = ['show_id', 'number', 'judge_uid', 'judge_name', 'starts_at', 'scoring_formula'];

    public function show(): BelongsTo
    {
        return $this->belongsTo(Show::class);
    }

    public function entries(): HasMany
    {
        return $this->hasMany(Entry::class);
    }
}
