<?php

namespace App\Http\Controllers;

use App\Services\DocumentStorage;
use App\Services\ThumbnailService;
use App\Support\SignedLinks;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Storage;
use Symfony\Component\HttpFoundation\Response;

class DocumentController extends Controller
{
    public function __construct(private ThumbnailService $thumbnails) {}

    public function download(Request $request): Response
    {
        $folder = (string) $request->query('folder', 'general');
        $file = (string) $request->query('file', '');

        return DocumentStorage::fromConfig()->streamShared($folder, $file);
    }

    public function reportCard(Request $request, string $filename): Response
    {
        $path = '/report-cards/' . $filename;
        if (!SignedLinks::valid($path, (int) $request->query('expires'), (string) $request->query('signature'))) {
            abort(403, 'This link has expired. Request a new one from the portal.');
        }

        return DocumentStorage::fromConfig()->streamReportCard($this->parentId($request), $filename);
    }

    public function upload(Request $request): JsonResponse
    {
        $request->validate(['document' => ['required', 'file', 'max:10240', 'mimes:pdf,jpg,png,docx']]);
        $file = $request->file('document');
        $name = (string) $request->input('name', $file->getClientOriginalName());
        $stored = DocumentStorage::fromConfig()->saveUpload($file, $this->parentId($request), $name);
        DB::table('parent_documents')->insert(['parent_id' => $this->parentId($request), 'name' => basename($stored), 'size' => $file->getSize(), 'created_at' => now()]);

        return response()->json(['stored' => basename($stored)], 201);
    }

    public function uploadBundle(Request $request): JsonResponse
    {
        $request->validate(['bundle' => ['required', 'file', 'mimes:zip', 'max:51200']]);
        $count = DocumentStorage::fromConfig()->importBundle(
            $request->file('bundle')->getRealPath(),
            $this->parentId($request)
        );

        return response()->json(['imported' => $count]);
    }

    public function avatar(Request $request): JsonResponse
    {
        $request->validate(['avatar' => ['required', 'image', 'max:4096']]);
        $source = $request->file('avatar')->getRealPath();
        $geometry = (string) $request->input('size', '256x256');
        $avatar = $this->thumbnails->avatar($source, $geometry);
        $thumb = $this->thumbnails->thumbnail($source, (int) $request->input('thumb_width', 64));
        DB::table('parents')->where('id', $this->parentId($request))->update(['avatar' => $avatar, 'avatar_thumb' => $thumb]);

        return response()->json(['avatar' => Storage::disk('public')->url('avatars/' . $avatar), 'thumb' => Storage::disk('public')->url('avatars/' . $thumb)]);
    }
}
