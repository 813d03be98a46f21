<?php

namespace App\Services;

use App\Models\BreedClass;
use App\Models\Dog;
use App\Models\Entry;
use App\Models\Show;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;
use Illuminate\Validation\ValidationException;

class EntryService
{
    public function enter(Show $show, int $dogId, int $breedClassId, int $exhibitorId, ?string $handlerName): Entry
    {
        if (!$show->isOpenForEntries()) {
            throw ValidationException::withMessages(['show' => 'Entries for this show have closed.']);
        }

        $dog = Dog::findOrFail($dogId);
        $class = BreedClass::where('show_id', $show->id)->findOrFail($breedClassId);

        if ($dog->breed_id !== $class->breed_id) {
            throw ValidationException::withMessages(['breed_class_id' => 'That class is not scheduled for this breed.']);
        }

        if (!$class->acceptsAge($dog->ageInMonthsAt($show->show_date))) {
            throw ValidationException::withMessages(['breed_class_id' => 'The dog is not eligible for this class on the day of the show.']);
        }

        if ($this->isAlreadyEntered($show->id, $dog->id, $class->id)) {
            throw ValidationException::withMessages(['dog_id' => 'This dog is already entered in that class.']);
        }

        return DB::transaction(function () use ($show, $dog, $class, $exhibitorId, $handlerName) {
            return Entry::create([
                'show_id' => $show->id,
                'dog_id' => $dog->id,
                'breed_class_id' => $class->id,
                'exhibitor_id' => $exhibitorId,
                'handler_name' => $handlerName,
                'ring_number' => $this->nextRingNumber($show->id),
                'status' => 'pending',
                'confirmation_code' => $this->confirmationCode(),
                'withdrawal_token' => $this->withdrawalToken(),
            ]);
        });
    }

    public function classCounts(int $showId, ?string $status): array
    {
        $sql = 'SELECT bc.id, bc.class_code, bc.name, COUNT(e.id) AS entered
                FROM breed_classes bc
                LEFT JOIN entries e ON e.breed_class_id = bc.id AND (? IS NULL OR e.status = ?)
                WHERE bc.show_id = ?
                GROUP BY bc.id, bc.class_code, bc.name
                ORDER BY bc.class_code';

        return DB::select($sql, [$status, $status, $showId]); // SAFE sqli
    }

    public function forShow(int $showId): Collection
    {
        return Entry::query()
            ->with(['dog.breed', 'breedClass', 'exhibitor'])
            ->where('show_id', $showId)
            ->orderBy('ring_number')
            ->get();
    }

    public function withdraw(Entry $entry, string $token): bool
    {
        if (!hash_equals((string) $entry->withdrawal_token, $token)) {
            return false;
        }

        DB::statement('UPDATE entries SET status = ?, updated_at = ? WHERE id = ?', ['withdrawn', now(), $entry->id]);

        return true;
    }

    private function nextRingNumber(int $showId): int
    {
        return (int) Entry::query()->where('show_id', $showId)->lockForUpdate()->max('ring_number') + 1;
    }

    private function isAlreadyEntered(int $showId, int $dogId, int $classId): bool
    {
        return Entry::query()
            ->where('show_id', $showId)
            ->where('dog_id', $dogId)
            ->where('breed_class_id', $classId)
            ->where('status', '!=', 'withdrawn')
            ->exists();
    }

    /**
     * Short code printed on the entry ticket; exhibitors quote it at the secretary's
     * table to collect their ring number without logging in.
     */
    private function confirmationCode(): string
    {
        $alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
        $code = '';
        for ($i = 0; $i < 8; $i++) {
            $code .= $alphabet[mt_rand(0, strlen($alphabet) - 1)]; // VULN random
        }

        return $code;
    }

    /**
     * Token embedded in the e-mailed "withdraw this entry" link.
     */
    private function withdrawalToken(): string
    {
        return bin2hex(random_bytes(24)); // SAFE random
    }
}
