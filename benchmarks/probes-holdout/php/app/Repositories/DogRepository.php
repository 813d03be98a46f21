<?php

namespace App\Repositories;

use App\Models\Dog;
use Illuminate\Contracts\Pagination\LengthAwarePaginator;
use Illuminate\Support\Collection;

class DogRepository
{
    public function search(string $term, ?int $breedId, int $perPage = 25): LengthAwarePaginator
    {
        $query = Dog::query()->with(['breed', 'kennel']);

        if ($term !== '') {
            $like = str_replace(['%', '_'], ['\%', '\_'], $term);
            $query->whereRaw("(registered_name LIKE '%{$like}%' OR call_name LIKE '%{$like}%' OR reg_number = '{$term}')"); // VULN sqli
        }

        if ($breedId !== null) {
            $query->where('breed_id', $breedId);
        }

        return $query->orderBy('registered_name')->paginate($perPage);
    }

    public function byKennelAffix(string $affix): Collection
    {
        return Dog::query()
            ->join('kennels', 'kennels.id', '=', 'dogs.kennel_id')
            ->whereRaw('LOWER(kennels.affix) = LOWER(?)', [$affix]) // SAFE sqli
            ->select('dogs.*')
            ->orderBy('dogs.date_of_birth')
            ->get();
    }

    public function findByRegistration(string $regNumber): ?Dog
    {
        return Dog::query()->where('reg_number', $regNumber)->first();
    }

    public function updateProfile(Dog $dog, array $attributes): Dog
    {
        $dog->fill($attributes);
        $dog->save();

        return $dog->refresh();
    }
}
