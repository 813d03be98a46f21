<?php

namespace App\Http\Controllers;

use App\Http\Requests\DownloadStatementRequest;
use App\Jobs\ProcessDocumentBundle;
use App\Jobs\ScanUpload;
use App\Models\Lease;
use App\Services\LeaseDocumentService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Bus;

class DocumentController extends Controller
{
    public function __construct(private readonly LeaseDocumentService $documents) {}

    public function attachment(Request $request, Lease $lease)
    {
        return $this->documents->attachmentResponse($lease, (string) $request->query('name', ''));
    }

    public function signedCopy(Request $request, Lease $lease)
    {
        return $this->documents->signedCopyResponse($lease, (string) $request->query('file', ''));
    }

    public function statementPdf(DownloadStatementRequest $request)
    {
        return $this->documents->statementDownload($request->validated('statement'));
    }

    public function uploadBundle(Request $request, Lease $lease): JsonResponse
    {
        $request->validate([
            'bundle' => ['required', 'file', 'mimes:zip', 'max:51200'],
        ]);

        $path = $request->file('bundle')->store('bundles/incoming');

        Bus::chain([
            new ScanUpload($path),
            new ProcessDocumentBundle($lease->id, $path),
        ])->dispatch();

        return response()->json(['queued' => true], 202);
    }

    public function thumbnail(Request $request)
    {
        $request->validate([
            'document' => ['required', 'file', 'mimes:pdf', 'max:20480'],
        ]);

        $png = $this->documents->thumbnail($request->file('document'));

        return response()->file($png, ['Content-Type' => 'image/png'])->deleteFileAfterSend();
    }
}
