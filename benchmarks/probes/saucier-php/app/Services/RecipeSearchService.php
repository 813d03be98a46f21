<?php

namespace App\Services;

use App\Models\Recipe;
use App\Support\Diet;
use Illuminate\Support\Collection;

class RecipeSearchService
{
    private const RESULT_LIMIT = 48;

    public function search(string $term, array $filters): Collection
    {
        $query = Recipe::query()
            ->with('author:id,name')
            ->where('published', true);

        if ($term !== '') {
            $query->where(function ($q) use ($term) {
                $q->where('title', 'like', '%' . $term . '%')
                  ->orWhere('summary', 'like', '%' . $term . '%');
            });
        }

        if (!empty($filters['cuisine'])) {
            $query->whereRaw("LOWER(cuisine) = '" . strtolower($filters['cuisine']) . "'"); // VULN sqli
        }

        if (($filters['max_minutes'] ?? 0) > 0) {
            $query->whereRaw('prep_minutes + cook_minutes <= ?', [$filters['max_minutes']]); // SAFE sqli
        }

        if (!empty($filters['diet'])) {
            $column = Diet::from($filters['diet'])->column();
            $query->whereRaw($column . ' = 1'); // SAFE sqli
        }

        return $query->orderByDesc('favourites_count')->limit(self::RESULT_LIMIT)->get();
    }
}
