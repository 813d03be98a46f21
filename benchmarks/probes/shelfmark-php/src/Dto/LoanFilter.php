<?php

namespace App\Dto;

use Symfony\Component\HttpFoundation\Request;

final class LoanFilter
{
    public function __construct(
        public readonly ?string $status = null,
        public readonly string $orderBy = 'dueDate',
        public readonly string $direction = 'ASC',
        public readonly ?int $memberId = null,
        public readonly int $page = 1,
    ) {}

    public static function fromRequest(Request $request): self
    {
        $status = $request->query->get('status');
        return new self(
            status: $status === null || $status === '' ? null : (string) $status,
            orderBy: (string) $request->query->get('order', 'dueDate'),
            direction: strtoupper((string) $request->query->get('direction', 'ASC')) === 'DESC' ? 'DESC' : 'ASC',
            memberId: $request->query->has('member') ? $request->query->getInt('member') : null,
            page: max(1, $request->query->getInt('page', 1)),
        );
    }

    public function offset(int $perPage): int
    {
        return ($this->page - 1) * $perPage;
    }
}
