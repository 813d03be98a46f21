<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class Recipe extends Model
{
    use HasFactory;

    public const CUISINES = [
        'french', 'italian', 'japanese', 'mexican', 'indian', 'thai',
        'lebanese', 'korean', 'spanish', 'ethiopian', 'nordic', 'american',
    ];

    protected $fillable = [
        'title', 'slug', 'summary', 'cuisine', 'prep_minutes', 'cook_minutes',
        'servings', 'is_vegan', 'is_vegetarian', 'is_gluten_free', 'image_path', 'published',
    ];

    protected $casts = [
        'published' => 'boolean',
        'is_vegan' => 'boolean',
        'is_vegetarian' => 'boolean',
        'is_gluten_free' => 'boolean',
        'ingredients' => 'array',
    ];

    public function author(): BelongsTo
    {
        return $this->belongsTo(User::class, 'user_id');
    }

    public function totalMinutes(): int
    {
        return (int) $this->prep_minutes + (int) $this->cook_minutes;
    }
}
