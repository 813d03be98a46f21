<?php

declare(strict_types=1);

namespace Lanternhill\Model\Service;

use Lanternhill\Messenger\RenderProgramMessage;
use Lanternhill\Model\Database\SeasonTicketRepository;
use Lanternhill\Model\Dto\TicketQuery;
use Nette\Database\Row;
use Symfony\Component\Messenger\MessageBusInterface;

final class TicketService
{
	public const TRANSFER_VALID_DAYS = 10;

	public function __construct(
		private readonly SeasonTicketRepository $tickets,
		private readonly AccessTokenService $tokens,
		private readonly MessageBusInterface $bus,
	) {
	}

	/**
	 * @return array{rows: Row[], counts: array<string,int>}
	 */
	public function listing(TicketQuery $query): array
	{
		return [
			'rows' => $this->tickets->search($query),
			'counts' => $this->tickets->countByStatus($query->seasonId),
		];
	}

	public function activeSubscribers(int $seasonId): array
	{
		return $this->tickets->findBySeason($seasonId, 'active');
	}

	public function detail(int $ticketId): ?Row
	{
		return $this->tickets->get($ticketId);
	}

	public function updateHolderNote(int $ticketId, int $patronId, string $note): void
	{
		$note = trim($note);
		if (mb_strlen($note) > 2000) {
			throw new \InvalidArgumentException('Note is too long.');
		}
		$this->tickets->saveHolderNote($ticketId, $patronId, $note);
	}

	public function startTransfer(int $ticketId, int $patronId): string
	{
		$ticket = $this->tickets->get($ticketId);
		if ($ticket === null || (int) $ticket->patron_id !== $patronId) {
			throw new \DomainException('This is not your ticket.');
		}

		$code = $this->tokens->newTransferCode();
		$this->tickets->createTransfer(
			$ticketId,
			$patronId,
			$code,
			new \DateTimeImmutable('+' . self::TRANSFER_VALID_DAYS . ' days'),
		);
		return $code;
	}

	public function requestProgram(int $productionId, string $paperSize, int $copies, int $userId): void
	{
		$copies = max(1, min($copies, 500));
		$this->bus->dispatch(new RenderProgramMessage($productionId, $paperSize, $copies, $userId));
	}
}
