<?php

namespace App\Http\Controllers;

use App\Services\PantryCatalog;
use Illuminate\Http\Request;
use Illuminate\Validation\ValidationException;

class PantryController extends Controller
{
    public function __construct(private PantryCatalog $catalog)
    {
    }

    public function ingredient(Request $request)
    {
        $name = trim((string) $request->query('name', ''));
        if ($name === '') {
            return response()->json([]);
        }

        return response()->json($this->catalog->findIngredient($name));
    }

    public function sku(Request $request)
    {
        $sku = strtoupper((string) $request->query('sku', ''));
        if (!preg_match('/^[A-Z]{3}-\d{4,6}$/', $sku)) {
            throw ValidationException::withMessages(['sku' => 'SKUs look like ABC-12345.']);
        }

        return response()->json($this->catalog->findBySku($sku));
    }
}
