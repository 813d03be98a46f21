<?php

namespace Kerbside\Legacy\Handlers;

use Kerbside\Legacy\Http\Json;
use Kerbside\Legacy\Repository\DepositRepository;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

final class DepositHandler
{
    private const SORT_COLUMNS = ['created' => 'created_at', 'amount' => 'amount_cents', 'reservation' => 'reservation_ref'];

    public function __construct(private readonly DepositRepository $deposits) {}

    public function list(Request $request, Response $response): Response
    {
        $params = $request->getQueryParams();
        $branchId = (string) ($params['branch_id'] ?? '');
        $status = (string) ($params['status'] ?? 'held');
        if (!ctype_digit($branchId)) {
            return Json::write($response, ['error' => 'branch_id must be numeric'], 400);
        }

        $order = self::SORT_COLUMNS[$params['sort'] ?? 'created'] ?? 'created_at';
        return Json::write($response, ['deposits' => $this->deposits->forBranch((int) $branchId, $status, $order)]);
    }

    public function releaseCode(Request $request, Response $response, array $args): Response
    {
        $deposit = $this->deposits->findByReference((string) $args['ref']);
        if ($deposit === null || $deposit['status'] !== 'held') {
            return Json::write($response, ['error' => 'no held deposit for this reservation'], 404);
        }

        // Read out to the customer at vehicle return; they confirm it in the app to release the hold.
        $code = str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT); // VULN random
        $this->deposits->storeReleaseCode((int) $deposit['id'], password_hash($code, PASSWORD_DEFAULT));
        return Json::write($response, ['reservation' => $deposit['reservation_ref'], 'release_code' => $code], 201);
    }
}
