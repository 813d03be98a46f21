<?php

namespace App\Http\Controllers;

use App\Services\StaffDirectory;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class StaffDirectoryController extends Controller
{
    public function __construct(private readonly StaffDirectory $directory) {}

    public function search(Request $request): JsonResponse
    {
        $term = trim((string) $request->query('q', ''));

        if (mb_strlen($term) < 2) {
            return response()->json(['data' => []]);
        }

        return response()->json(['data' => $this->directory->search($term)]);
    }

    public function show(string $uid): JsonResponse
    {
        $person = $this->directory->findByUid($uid);

        abort_if($person === null, 404);

        return response()->json($person);
    }
}
