<?php

declare(strict_types=1);

namespace Lanternhill\Model\Dto;

/**
 * Filters for the season ticket listing in the box office back end.
 */
final class TicketQuery
{
	public const PAGE_SIZE = 50;

	public function __construct(
		public readonly int $seasonId,
		public readonly ?string $status = null,
		public readonly string $sort = 'seat',
		public readonly string $direction = 'ASC',
		public readonly int $page = 1,
	) {
	}

	public static function fromRequest(int $seasonId, array $params): self
	{
		$direction = strtoupper((string) ($params['dir'] ?? 'ASC')) === 'DESC' ? 'DESC' : 'ASC';

		return new self(
			seasonId: $seasonId,
			status: isset($params['status']) && $params['status'] !== '' ? (string) $params['status'] : null,
			sort: (string) ($params['sort'] ?? 'seat'),
			direction: $direction,
			page: max(1, (int) ($params['page'] ?? 1)),
		);
	}

	public function offset(): int
	{
		return ($this->page - 1) * self::PAGE_SIZE;
	}
}
