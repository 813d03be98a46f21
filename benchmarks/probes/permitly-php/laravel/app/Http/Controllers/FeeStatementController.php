<?php

namespace App\Http\Controllers;

use App\Jobs\GenerateFeeStatementPdf;
use App\Models\FeeStatement;
use App\Repositories\FeeStatementRepository;
use App\Services\PaymentNotificationParser;
use App\Services\TokenService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use RuntimeException;

class FeeStatementController
{
    public function __construct(
        private readonly FeeStatementRepository $statements,
        private readonly PaymentNotificationParser $notifications,
        private readonly TokenService $tokens,
    ) {
    }

    public function index(Request $request): JsonResponse
    {
        $contractorId = $request->attributes->get('api_contractor_id') ?? $request->user()?->contractor_id;
        abort_if($contractorId === null, 403);

        $status = $request->query('status');
        $page = $this->statements->forContractor((int) $contractorId, is_string($status) ? $status : null, $request->query('sort'));

        return response()->json([
            'data' => collect($page->items())->map(fn (FeeStatement $s) => [
                'id' => $s->id,
                'number' => $s->statement_number,
                'permit' => $s->permit?->reference,
                'status' => $s->status,
                'total' => $s->formattedTotal(),
                'balance' => number_format($s->balanceCents() / 100, 2),
                'pdf' => $s->pdf_path !== null,
            ]),
            'meta' => ['total' => $page->total(), 'page' => $page->currentPage()],
        ]);
    }

    public function yearSummary(Request $request, int $year): JsonResponse
    {
        abort_unless($request->user()->isStaff(), 403);
        abort_if($year < 2000 || $year > (int) now()->format('Y') + 1, 404);

        return response()->json($this->statements->yearTotals($year));
    }

    public function generatePdf(Request $request, FeeStatement $statement): JsonResponse
    {
        $user = $request->user();
        abort_unless($user->isStaff() || (int) $user->contractor_id === (int) $statement->contractor_id, 404);

        $statement->loadMissing('contractor');
        $company = $statement->contractor?->company_name ?? 'Owner-builder';
        $statement->title = sprintf('Fee statement %s - %s', $statement->statement_number, $company);
        $statement->save();

        GenerateFeeStatementPdf::dispatch($statement)->onQueue('pdf');

        return response()->json(['queued' => true], 202);
    }

    /**
     * Settlement callback from the card processor (XML body, HMAC header).
     */
    public function paymentNotification(Request $request): JsonResponse
    {
        $body = $request->getContent();

        try {
            $notice = $this->notifications->parse($body);
        } catch (RuntimeException $e) {
            return response()->json(['error' => $e->getMessage()], 400);
        }

        $statement = $this->statements->findByPaymentReference($notice['reference']);
        if ($statement === null) {
            return response()->json(['error' => 'Unknown statement reference: ' . $notice['reference']], 404);
        }

        if (!$this->tokens->paymentSignatureMatches($body, (string) $request->header('X-Processor-Signature'))) {
            Log::warning('Payment notification with bad signature', ['reference' => $notice['reference']]);
            return response()->json(['error' => 'bad signature'], 401);
        }

        if ($notice['result'] === 'SETTLED' && $notice['amount_cents'] > 0) {
            $this->statements->markPaid($statement, $notice['amount_cents']);
        }

        return response()->json(['ok' => true]);
    }
}
