<?php

namespace App\Http\Controllers;

use App\Services\BrochureLibrary;
use Illuminate\Routing\Controller;
use Illuminate\Http\Request;

class BrochureController extends Controller
{
    public function __construct(
        private readonly BrochureLibrary $library,
    ) {
    }

    public function show(Request $request, string $season)
    {
        $file = (string) $request->query('file', '');

        return $this->library->seasonFile($season, $file);
    }

    public function archive(string $file)
    {
        return $this->library->archived($file);
    }
}
