<?php

declare(strict_types=1);

namespace Leasewise\Statements\Action;

use InvalidArgumentException;
use Leasewise\Statements\Repository\StatementRepository;
use Leasewise\Statements\Service\CursorCodec;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;

final class ExportAction
{
    use JsonResponder;

    private const PAGE_SIZE = 500;

    private const SORTABLE = [
        'date' => 'l.posted_on',
        'amount' => 'l.amount_cents',
        'property' => 'p.name',
        'category' => 'l.category',
    ];

    public function __construct(
        private readonly StatementRepository $repository,
        private readonly CursorCodec $cursors,
    ) {}

    public function __invoke(ServerRequestInterface $request, ResponseInterface $response, array $args): ResponseInterface
    {
        $ownerId = (int) $args['ownerId'];
        if ($request->getAttribute('owner_id') !== $ownerId) {
            return $this->forbidden($response);
        }

        $params = $request->getQueryParams();

        $sortKey = (string) ($params['sort'] ?? 'date');
        if (!isset(self::SORTABLE[$sortKey])) {
            return $this->json($response, ['error' => 'unsupported sort', 'allowed' => array_keys(self::SORTABLE)], 400);
        }
        $direction = strtolower((string) ($params['dir'] ?? 'asc')) === 'desc' ? 'DESC' : 'ASC';

        try {
            $cursor = isset($params['cursor']) ? $this->cursors->decode((string) $params['cursor']) : ['offset' => 0];
        } catch (InvalidArgumentException) {
            return $this->json($response, ['error' => 'invalid cursor'], 400);
        }

        $offset = max(0, (int) ($cursor['offset'] ?? 0));
        $rows = $this->repository->ledgerPage($ownerId, self::SORTABLE[$sortKey], $direction, $offset, self::PAGE_SIZE);

        $csv = fopen('php://temp', 'w+');
        fputcsv($csv, ['Date', 'Property', 'Unit', 'Category', 'Memo', 'Amount']);
        foreach ($rows as $row) {
            fputcsv($csv, [
                $row['posted_on'],
                $row['property_name'],
                $row['unit_label'],
                $row['category'],
                $row['memo'],
                number_format($row['amount_cents'] / 100, 2, '.', ''),
            ]);
        }
        rewind($csv);
        $response->getBody()->write((string) stream_get_contents($csv));
        fclose($csv);

        if (count($rows) === self::PAGE_SIZE) {
            $next = $this->cursors->encode(['offset' => $offset + self::PAGE_SIZE]);
            $response = $response->withHeader('Link', sprintf('<?sort=%s&dir=%s&cursor=%s>; rel="next"', $sortKey, strtolower($direction), $next));
        }

        return $response
            ->withHeader('Content-Type', 'text/csv; charset=UTF-8')
            ->withHeader('Content-Disposition', sprintf('attachment; filename="ledger-%d.csv"', $ownerId));
    }
}
