<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Controllers;

use Lampkeep\Portal\Models\RotaRepository;
use Lampkeep\Portal\Models\VolunteerRepository;
use Lampkeep\Portal\Services\LdapDirectory;

/**
 * Shift swaps between volunteers.
 */
final class SwapController extends BaseController
{
    private const REASONS = [
        'illness' => 'Illness',
        'family' => 'Family commitment',
        'travel' => 'Travel / ferry disruption',
        'weather' => 'Weather',
        'other' => 'Other',
    ];

    public function __construct(
        private readonly RotaRepository $rota,
        private readonly VolunteerRepository $volunteers,
        private readonly LdapDirectory $directory
    ) {
    }

    public function index(\Base $f3): void
    {
        $swaps = [];
        foreach ($this->rota->swapsFor($this->me()) as $swap) {
            $swap['reason_label'] = self::REASONS[$swap['reason']] ?? $swap['reason'];
            $swap['mine'] = (int) ($swap['offered_to'] ?? 0) === $this->me();
            $swaps[] = $swap;
        }

        $f3->mset([
            'swaps' => $swaps,
            'reasons' => self::REASONS,
            'my_shifts' => $this->rota->shiftsFor($this->me(), date('Y-m-d')),
        ]);
        $this->render($f3, 'swaps.htm', 'Shift swaps');
    }

    public function request(\Base $f3): void
    {
        $shiftId = (int) $f3->get('POST.shift_id');
        $shift = $this->rota->shift($shiftId);
        if ($shift === null || (int) $shift['volunteer_id'] !== $this->me()) {
            $f3->error(403, 'You can only offer your own shifts.');
            return;
        }
        $reason = (string) $f3->get('POST.reason');
        if (!array_key_exists($reason, self::REASONS)) {
            $reason = 'other';
        }
        $note = trim((string) $f3->get('POST.note'));
        $offeredTo = (int) $f3->get('POST.offered_to');
        if ($offeredTo !== 0 && $this->volunteers->find($offeredTo) === null) {
            $offeredTo = 0;
        }

        $this->rota->createSwap($shiftId, $this->me(), $offeredTo, $reason, mb_substr($note, 0, 1000));
        $this->flash($f3, 'Swap request posted.');
        $f3->reroute('/swaps');
    }

    public function accept(\Base $f3, array $params): void
    {
        $ok = $this->rota->acceptSwap((int) $params['id'], $this->me());
        $this->flash($f3, $ok ? 'Shift is now yours — thank you!' : 'That swap is no longer available.', $ok ? 'info' : 'error');
        $f3->reroute('/swaps');
    }

    public function colleagues(\Base $f3): void
    {
        $term = (string) $f3->get('GET.q');
        $this->json(['results' => $this->directory->searchColleagues($term)]);
    }
}
