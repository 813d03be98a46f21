<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use Ashgrove\Dto\WaitingListApplication;
use Ashgrove\Model\WaitingListEntry;
use Ashgrove\Queue\RedisQueue;
use Ashgrove\Repository\PlotRepository;
use Ashgrove\Repository\WaitingListRepository;
use Ashgrove\Support\Tokens;
use Ashgrove\Support\Guard;
use DomainException;
use Illuminate\Support\Collection;

final class WaitingListService
{
    public function __construct(
        private readonly WaitingListRepository $entries,
        private readonly PlotRepository $plots,
        private readonly ParishDirectory $directory,
        private readonly RedisQueue $queue,
    ) {
    }

    public function apply(WaitingListApplication $application): WaitingListEntry
    {
        $application->validate();

        if ($application->preferredSite === '' || mb_strlen($application->preferredSite) > 80) {
            $application->preferredSite = 'any';
        }

        $surname = $application->surname();
        if (!$this->directory->hasResidentAt($application->postcode, $surname)) {
            throw new DomainException('Allotments are only let to residents of Ashgrove parish.');
        }

        $entry = $this->entries->create($application->toRow());
        $code = Tokens::urlToken();
        $this->entries->setConfirmationCode($entry->id, $code);

        $this->queue->push('send_reminder', [
            'template' => 'waiting_list_confirm',
            'email' => $entry->email,
            'name' => $entry->applicant_name,
            'code' => $code,
        ]);

        return $entry;
    }

    public function confirm(string $code): WaitingListEntry
    {
        $entry = $this->entries->findByCode($code);
        if ($entry === null) {
            throw new DomainException('That confirmation link has expired.');
        }

        $this->entries->markConfirmed($entry->id);

        return $entry;
    }

    public function positionOf(int $entryId): array
    {
        $entry = $this->entries->find($entryId);
        if ($entry === null) {
            throw new DomainException('No such application.');
        }

        return [
            'entry' => $entry,
            'position' => $this->entries->positionFor($entry),
        ];
    }

    public function listing(string $sort, string $direction, int $page): Collection
    {
        return $this->entries->page($sort, $direction, $page);
    }

    public function plotsAt(string $site, bool $vacantOnly): Collection
    {
        return $this->plots->bySite($site, $vacantOnly);
    }

    public function plotForDisplay(int|string $plotId): ?array
    {
        $plot = $this->plots->find($plotId);
        if ($plot === null) {
            return null;
        }

        return [
            'plot' => $plot,
            'holder_link' => Guard::httpLinkOrNull($plot->holder_website ?? null),
        ];
    }

    public function allocate(int $plotId, int $entryId): void
    {
        $entry = $this->entries->find($entryId);
        if ($entry === null) {
            throw new DomainException('No such application.');
        }

        $this->plots->allocate($plotId, $entry->applicant_name, $entry->website);
        $entry->status = 'allocated';
        $entry->save();
    }
}
