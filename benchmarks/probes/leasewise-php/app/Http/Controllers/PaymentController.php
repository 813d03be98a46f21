<?php

namespace App\Http\Controllers;

use App\Jobs\ImportBankStatement;
use App\Models\BankImport;
use App\Models\Lease;
use App\Models\Tenant;
use App\Repositories\PaymentRepository;
use App\Services\PaymentGatewayService;
use App\Services\ReconciliationService;
use App\Support\Money;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class PaymentController extends Controller
{
    public function __construct(
        private readonly PaymentRepository $payments,
        private readonly ReconciliationService $reconciliation,
        private readonly PaymentGatewayService $gateway,
    ) {}

    public function ledger(Request $request, Tenant $tenant): JsonResponse
    {
        $request->validate(['to' => ['nullable', 'date']]);

        $from = $request->query('from', now()->subYear()->toDateString());
        $to = $request->query('to', now()->toDateString());

        return response()->json([
            'tenant' => $tenant->only(['id', 'first_name', 'last_name']),
            'entries' => $this->payments->ledgerForTenant($tenant->id, (string) $from, (string) $to),
        ]);
    }

    public function monthly(Request $request, string $property): JsonResponse
    {
        return response()->json([
            'property' => $property,
            'months' => $this->payments->monthlyTotals($property, $request->query('year')),
        ]);
    }

    public function charge(Request $request, Lease $lease): JsonResponse
    {
        $data = $request->validate([
            'amount' => ['required', 'numeric', 'min:1', 'max:20000'],
            'payment_method' => ['required', 'string', 'max:64'],
        ]);

        $result = $this->gateway->charge($lease, Money::toCents($data['amount']), $data['payment_method']);

        return response()->json($result, 201);
    }

    public function importBankFile(Request $request): JsonResponse
    {
        $request->validate([
            'statement' => ['required', 'file', 'max:10240', 'mimetypes:application/xml,text/xml'],
        ]);

        $import = BankImport::create([
            'path' => $request->file('statement')->store('bank-imports'),
            'uploaded_by' => $request->user()->id,
            'status' => 'queued',
        ]);

        ImportBankStatement::dispatch($import->id);

        return response()->json(['import' => $import->id], 202);
    }

    public function reconcile(Request $request): JsonResponse
    {
        $data = $request->validate([
            'import_id' => ['required', 'integer', 'exists:bank_imports,id'],
            'reference' => ['required', 'string', 'max:140'],
            'end_to_end_id' => ['nullable', 'string'],
        ]);

        $import = BankImport::findOrFail($data['import_id']);

        return response()->json([
            'matches' => $this->reconciliation->locate($import, $data['reference'], $data['end_to_end_id'] ?? null),
        ]);
    }
}
