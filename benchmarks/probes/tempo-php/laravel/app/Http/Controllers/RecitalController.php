<?php

namespace App\Http\Controllers;

use App\Models\Recital;
use App\Services\NewsletterService;
use App\Support\ProgramFormatter;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\StreamedResponse;

class RecitalController extends Controller
{
    public function program(Request $request, Recital $recital, ProgramFormatter $formatter)
    {
        return view('recitals.program', [
            'recital' => $recital,
            'headline' => $request->query('headline', $recital->title),
            'subtitle' => $request->query('subtitle', $recital->venue),
            'performances' => $recital->performances()->with('student')->get(),
            'programNotes' => $formatter->render($recital->notes ?? '', (string) $request->query('style', 'plain')),
        ]);
    }

    public function exportRoster(Request $request, Recital $recital): StreamedResponse
    {
        $formatter = $request->input('name_format', 'trim');
        $performances = $recital->performances()->with('student')->get();

        return response()->streamDownload(function () use ($performances, $formatter) {
            $out = fopen('php://output', 'w');
            fputcsv($out, ['Position', 'Performer', 'Piece']);
            foreach ($performances as $p) {
                $name = call_user_func($formatter, $p->student->full_name); // VULN code
                fputcsv($out, [$p->position, $name, $p->piece]);
            }
            fclose($out);
        }, "recital-{$recital->id}-roster.csv", ['Content-Type' => 'text/csv']);
    }

    public function previewNewsletter(Request $request, Recital $recital, NewsletterService $newsletters): JsonResponse
    {
        return response()->json(['html' => $newsletters->preview($recital, (string) $request->input('body', ''))]);
    }
}
