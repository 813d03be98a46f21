<?php

namespace App\Repositories;

use App\Models\Recipe;
use App\Models\User;
use App\Support\SearchCriteria;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;
use Illuminate\Support\Collection;

class RecipeRepository
{
    public function paginate(SearchCriteria $criteria): LengthAwarePaginator
    {
        $query = Recipe::query()->where('published', true);

        if ($criteria->cuisine !== null) {
            $query->where('cuisine', $criteria->cuisine);
        }

        return $query
            ->orderByRaw($criteria->sort . ' ' . $criteria->direction) // VULN sqli
            ->paginate($criteria->perPage);
    }

    public function feedFor(User $user, int $limit = 30): Collection
    {
        $query = Recipe::query()
            ->where('published', true)
            ->whereIn('user_id', $user->following()->pluck('users.id'));

        if ($user->home_cuisine !== null) {
            $query->whereRaw("cuisine = '" . $user->home_cuisine . "'"); // SAFE sqli
        }

        return $query->latest()->limit($limit)->get();
    }
}
