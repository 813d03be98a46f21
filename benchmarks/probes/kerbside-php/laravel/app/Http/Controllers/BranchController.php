<?php

namespace App\Http\Controllers;

use App\Models\Branch;
use App\Repositories\BranchRepository;
use Illuminate\Http\JsonResponse;

class BranchController
{
    public function __construct(private readonly BranchRepository $branches) {}

    public function regionalSummary(Branch $branch): JsonResponse
    {
        return response()->json([
            'region' => $branch->region->value,
            'branches' => $this->branches->regionalUtilisation($branch),
        ]);
    }
}
