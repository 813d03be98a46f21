<?php

declare(strict_types=1);

namespace Fenwick\Domain\Cottage;

use Fenwick\Infrastructure\Persistence\CottageRepository;

final class CottageService
{
    public function __construct(private readonly CottageRepository $cottages)
    {
    }

    /**
     * @return array{items: list<Cottage>, total: int, criteria: CottageSearchCriteria}
     */
    public function search(CottageSearchCriteria $criteria): array
    {
        if ($criteria->arrival !== null && $criteria->departure !== null && $criteria->departure <= $criteria->arrival) {
            return ['items' => [], 'total' => 0, 'criteria' => $criteria];
        }

        $rows = $this->cottages->search($criteria);

        return [
            'items' => array_map(static fn (array $r) => Cottage::fromRow($r), $rows),
            'total' => $this->cottages->countMatching($criteria),
            'criteria' => $criteria,
        ];
    }

    public function bySlug(string $slug): ?Cottage
    {
        $row = $this->cottages->findBySlug($slug);

        return $row === null ? null : Cottage::fromRow($row);
    }

    public function byId(int $id): ?Cottage
    {
        $row = $this->cottages->findById($id);

        return $row === null ? null : Cottage::fromRow($row);
    }

    public function updateCalendarUrl(int $cottageId, int $ownerId, string $url): bool
    {
        return $this->cottages->updateCalendarUrl($cottageId, $ownerId, $url) === 1;
    }

    /**
     * Owner-editable listing text: the public description (HTML from the
     * dashboard's rich-text editor), the welcome note and a link to their site.
     */
    public function updateListing(int $cottageId, int $ownerId, string $description, string $welcomeTemplate, ?string $website): bool
    {
        return $this->cottages->updateListing($cottageId, $ownerId, [
            'description' => $description,
            'welcome_template' => $welcomeTemplate,
            'owner_website' => $website,
        ]) === 1;
    }

    public function welcomeTemplate(int $cottageId): ?string
    {
        return $this->cottages->findWelcomeTemplate($cottageId);
    }
}
