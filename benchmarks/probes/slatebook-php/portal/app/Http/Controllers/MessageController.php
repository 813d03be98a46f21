<?php

namespace App\Http\Controllers;

use App\Repositories\MessageRepository;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class MessageController extends Controller
{
    private const FOLDERS = ['inbox', 'sent', 'archived'];

    public function __construct(private MessageRepository $messages) {}

    public function index(Request $request): JsonResponse
    {
        $folder = $request->query('folder', 'inbox');
        $folder = in_array($folder, self::FOLDERS, true) ? $folder : 'inbox';

        return response()->json([
            'folder'   => $folder,
            'messages' => $this->messages->folder($this->parentId($request), $folder),
        ]);
    }

    public function search(Request $request): JsonResponse
    {
        $term = trim((string) $request->input('q', ''));
        if (mb_strlen($term) < 2) {
            return response()->json(['messages' => []]);
        }

        return response()->json([
            'messages' => $this->messages->searchSubjects($this->parentId($request), $term),
        ]);
    }
}
