<?php

namespace App\Livewire;

use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Gate;
use Livewire\Attributes\Validate;
use Livewire\Component;

/**
 * Live board of volunteer shifts for the running production, with a
 * message strip the coordinators use for last-minute announcements.
 */
class ShiftBoard extends Component
{
    public int $productionId = 0;

    #[Validate('required|string|max:3000')]
    public string $announcement = '';

    public ?string $swapCode = null;

    public function mount(): void
    {
        $this->productionId = (int) DB::table('production')->where('is_running', true)->value('id');
    }

    public function announce(): void
    {
        abort_unless(Gate::allows('coordinate-volunteers'), 403);
        $this->validate();

        DB::table('shift_board_message')->insert([
            'production_id' => $this->productionId,
            'author_id' => Auth::id(),
            'body' => $this->announcement,
            'created_at' => now(),
        ]);

        $this->reset('announcement');
    }

    public function claim(int $shiftId): void
    {
        $updated = DB::update('update volunteer_shift set volunteer_id = ? where id = ? and production_id = ? and volunteer_id is null', [Auth::id(), $shiftId, $this->productionId]);

        if ($updated === 0) {
            $this->addError('claim', 'Somebody was quicker – that shift is taken.');
        }
    }

    public function requestSwap(int $shiftId): void
    {
        $owns = DB::table('volunteer_shift')->where('id', $shiftId)->where('volunteer_id', Auth::id())->exists();
        abort_unless($owns, 403);

        $this->swapCode = str_pad((string) random_int(0, 999999), 6, '0', STR_PAD_LEFT); // SAFE random
        DB::table('shift_swap')->insert([
            'shift_id' => $shiftId,
            'code' => $this->swapCode,
            'expires_at' => now()->addDay(),
        ]);
    }

    public function render()
    {
        return view('livewire.shift-board', [
            'shifts' => DB::table('volunteer_shift as s')
                ->leftJoin('users as u', 'u.id', '=', 's.volunteer_id')
                ->where('s.production_id', $this->productionId)
                ->where('s.starts_at', '>=', now()->startOfDay())
                ->orderBy('s.starts_at')
                ->get(['s.id', 's.role', 's.starts_at', 's.ends_at', 's.volunteer_id', 'u.name as volunteer_name']),
            'messages' => DB::table('shift_board_message as m')
                ->join('users as u', 'u.id', '=', 'm.author_id')
                ->where('m.production_id', $this->productionId)
                ->orderByDesc('m.created_at')
                ->limit(10)
                ->get(['m.body', 'm.created_at', 'u.name as author']),
            'canAnnounce' => Gate::allows('coordinate-volunteers'),
        ]);
    }
}
