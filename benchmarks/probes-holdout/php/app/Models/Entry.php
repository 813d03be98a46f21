<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasOne;

class Entry extends Model
{
    protected $fillable = [
        'show_id', 'dog_id', 'breed_class_id', 'exhibitor_id', 'ring_id',
        'ring_number', 'status', 'confirmation_code', 'withdrawal_token', 'handler_name',
    ];

    public function show(): BelongsTo
    {
        return $this->belongsTo(Show::class);
    }

    public function dog(): BelongsTo
    {
        return $this->belongsTo(Dog::class);
    }

    public function breedClass(): BelongsTo
    {
        return $this->belongsTo(BreedClass::class);
    }

    public function exhibitor(): BelongsTo
    {
        return $this->belongsTo(User::class, 'exhibitor_id');
    }

    public function result(): HasOne
    {
        return $this->hasOne(Result::class);
    }
}
