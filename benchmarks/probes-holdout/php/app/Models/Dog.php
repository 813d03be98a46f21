<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Dog extends Model
{
    protected $fillable = [
        'registered_name', 'call_name', 'breed_id', 'kennel_id', 'owner_id',
        'reg_number', 'sex', 'date_of_birth', 'bio', 'photo_path', 'pedigree_xml',
    ];

    protected $casts = [
        'date_of_birth' => 'date',
    ];

    public function breed(): BelongsTo
    {
        return $this->belongsTo(Breed::class);
    }

    public function kennel(): BelongsTo
    {
        return $this->belongsTo(Kennel::class);
    }

    public function owner(): BelongsTo
    {
        return $this->belongsTo(User::class, 'owner_id');
    }

    public function entries(): HasMany
    {
        return $this->hasMany(Entry::class);
    }

    public function isEditableBy(?User $user): bool
    {
        return $user !== null && ($user->id === $this->owner_id || $user->isSecretary());
    }

    public function ageInMonthsAt(\DateTimeInterface $date): int
    {
        return $this->date_of_birth->diffInMonths($date);
    }
}
