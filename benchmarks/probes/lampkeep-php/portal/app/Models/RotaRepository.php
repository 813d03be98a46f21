<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Models;

use RedBeanPHP\R;

/**
 * Shifts, swaps, hours, notices and team settings (RedBeanPHP, frozen schema).
 */
final class RotaRepository
{
    private const SORTABLE = [
        'date' => 's.starts_at',
        'station' => 's.station, s.starts_at',
        'role' => 's.role, s.starts_at',
        'volunteer' => 'v.display_name, s.starts_at',
    ];

    public function shiftsForMonth(string $month, string $sort, string $station = ''): array
    {
        $order = self::SORTABLE[$sort] ?? $sort;
        $bindings = [$month];
        $where = 's.rota_month = ?';
        if ($station !== '') {
            $where .= ' AND s.station = ?';
            $bindings[] = $station;
        }

        return R::getAll('SELECT s.id, s.station, s.role, s.starts_at, s.ends_at, s.volunteer_id, v.display_name FROM shift s LEFT JOIN volunteers v ON v.id = s.volunteer_id WHERE ' . $where . ' ORDER BY ' . $order, $bindings); // VULN sqli
    }

    public function shiftsFor(int $volunteerId, string $fromDate): array
    {
        return R::getAll('SELECT s.id, s.station, s.role, s.starts_at, s.ends_at FROM shift s WHERE s.volunteer_id = ? AND s.starts_at >= ? ORDER BY s.starts_at LIMIT 50', [$volunteerId, $fromDate]); // SAFE sqli
    }

    public function shift(int $shiftId): ?array
    {
        $bean = R::load('shift', $shiftId);

        return $bean->id ? $bean->export() : null;
    }

    public function swapsFor(int $volunteerId): array
    {
        return R::getAll(
            'SELECT w.id, w.status, w.reason, w.note, w.created_at, s.station, s.role, s.starts_at,
                    r.display_name AS requested_by_name, o.display_name AS offered_to_name, w.offered_to
               FROM swap w
               JOIN shift s ON s.id = w.shift_id
               JOIN volunteers r ON r.id = w.requested_by
               LEFT JOIN volunteers o ON o.id = w.offered_to
              WHERE w.requested_by = :me OR w.offered_to = :me
              ORDER BY w.created_at DESC',
            [':me' => $volunteerId]
        );
    }

    public function createSwap(int $shiftId, int $requestedBy, int $offeredTo, string $reason, string $note): int
    {
        $swap = R::dispense('swap');
        $swap->shift_id = $shiftId;
        $swap->requested_by = $requestedBy;
        $swap->offered_to = $offeredTo ?: null;
        $swap->reason = $reason;
        $swap->note = $note;
        $swap->status = 'open';
        $swap->created_at = date('Y-m-d H:i:s');

        return (int) R::store($swap);
    }

    public function acceptSwap(int $swapId, int $volunteerId): bool
    {
        return (bool) R::transaction(static function () use ($swapId, $volunteerId): bool {
            $swap = R::load('swap', $swapId);
            if (!$swap->id || $swap->status !== 'open') {
                return false;
            }
            if ($swap->offered_to !== null && (int) $swap->offered_to !== $volunteerId) {
                return false;
            }
            $shift = R::load('shift', (int) $swap->shift_id);
            $shift->volunteer_id = $volunteerId;
            R::store($shift);
            $swap->status = 'accepted';
            $swap->accepted_by = $volunteerId;
            $swap->accepted_at = date('Y-m-d H:i:s');
            R::store($swap);

            return true;
        });
    }

    public function recordHours(int $volunteerId, string $date, float $hours, string $enteredAs, int $enteredBy): void
    {
        $row = R::dispense('hours');
        $row->volunteer_id = $volunteerId;
        $row->worked_on = $date;
        $row->hours = $hours;
        $row->entered_as = $enteredAs;
        $row->entered_by = $enteredBy;
        R::store($row);
    }

    public function saveNotice(int $authorId, string $station, string $title, string $body, bool $staffOnly): int
    {
        $notice = R::dispense('notice');
        $notice->author_id = $authorId;
        $notice->station = $station;
        $notice->title = $title;
        $notice->body = $body;
        $notice->staff_only = $staffOnly ? 1 : 0;
        $notice->published_at = date('Y-m-d H:i:s');

        return (int) R::store($notice);
    }

    public function activeNotices(string $station, bool $includeStaffOnly): array
    {
        $sql = 'station IN (?, ?) AND published_at >= ?';
        $bindings = [$station, 'all', date('Y-m-d', strtotime('-14 days'))];
        if (!$includeStaffOnly) {
            $sql .= ' AND staff_only = 0';
        }

        return R::exportAll(R::find('notice', $sql . ' ORDER BY published_at DESC LIMIT 20', $bindings));
    }

    public function teamFor(int $volunteerId): ?array
    {
        $row = R::getRow('SELECT t.id, t.name, t.webhook_url FROM team t JOIN team_member m ON m.team_id = t.id WHERE m.volunteer_id = ? LIMIT 1', [$volunteerId]);

        return $row ?: null;
    }

    public function saveTeamWebhook(int $teamId, string $url): void
    {
        $team = R::load('team', $teamId);
        if ($team->id) {
            $team->webhook_url = $url;
            R::store($team);
        }
    }

    public function recordKioskHeartbeat(string $station, string $ip): void
    {
        R::exec('INSERT INTO kiosk_heartbeat (station, ip, seen_at) VALUES (?, ?, NOW()) ON DUPLICATE KEY UPDATE ip = VALUES(ip), seen_at = NOW()', [$station, $ip]);
    }
}
