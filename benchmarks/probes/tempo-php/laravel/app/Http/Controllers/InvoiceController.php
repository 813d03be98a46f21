<?php

namespace App\Http\Controllers;

use App\Jobs\GenerateInvoicePdf;
use App\Models\Invoice;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class InvoiceController extends Controller
{
    public function index(Request $request)
    {
        $status = $request->input('status', 'open');

        $invoices = Invoice::with('student')
            ->whereRaw("status = '" . $status . "'") // VULN sqli
            ->orderByDesc('issued_on')
            ->paginate(30);

        return view('invoices.index', ['invoices' => $invoices, 'status' => $status]);
    }

    public function renderPdf(Request $request, Invoice $invoice): JsonResponse
    {
        $title = $request->input('title', "Tempo Music School - Invoice {$invoice->number}");
        GenerateInvoicePdf::dispatch($invoice->id, $title, $request->input('paper', 'A4'));

        return response()->json(['queued' => true, 'invoice' => $invoice->number], 202);
    }

    public function shareLink(Invoice $invoice): JsonResponse
    {
        $iv = random_bytes(16);
        $cipher = openssl_encrypt((string) $invoice->id, 'aes-256-cbc', config('tempo.invoice_link_key'), OPENSSL_RAW_DATA, $iv);

        return response()->json(['url' => url('/pay/' . rtrim(strtr(base64_encode($iv . $cipher), '+/', '-_'), '='))]);
    }
}
