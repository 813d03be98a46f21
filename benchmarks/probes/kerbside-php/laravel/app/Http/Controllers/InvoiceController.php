<?php

namespace App\Http\Controllers;

use App\Jobs\GenerateInvoicePdf;
use App\Models\Reservation;
use App\Support\InvoiceOptions;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class InvoiceController
{
    public function generate(Request $request, Reservation $reservation): JsonResponse
    {
        $paper = $request->input('paper', 'A4');
        $options = new InvoiceOptions(
            title: (string) $request->input('title', 'Kerbside Rentals invoice ' . $reservation->reference),
            paper: in_array($paper, ['A4', 'Letter'], true) ? $paper : 'A4',
        );
        GenerateInvoicePdf::dispatch($reservation->id, $options);
        return response()->json(['status' => 'queued'], 202);
    }
}
