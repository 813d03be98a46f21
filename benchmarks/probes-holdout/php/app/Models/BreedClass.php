<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class BreedClass extends Model
{
    protected $fillable = ['show_id', 'breed_id', 'class_code', 'name', 'sex', 'min_age_months', 'max_age_months', 'fee_pence'];

    public function breed(): BelongsTo
    {
        return $this->belongsTo(Breed::class);
    }

    public function acceptsAge(int $months): bool
    {
        if ($this->min_age_months !== null && $months < $this->min_age_months) {
            return false;
        }

        return $this->max_age_months === null || $months <= $this->max_age_months;
    }
}
