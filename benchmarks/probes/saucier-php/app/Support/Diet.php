<?php

namespace App\Support;

enum Diet: string
{
    case Vegan = 'vegan';
    case Vegetarian = 'vegetarian';
    case GlutenFree = 'gluten-free';

    public function column(): string
    {
        return match ($this) {
            self::Vegan => 'is_vegan',
            self::Vegetarian => 'is_vegetarian',
            self::GlutenFree => 'is_gluten_free',
        };
    }
}
