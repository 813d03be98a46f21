<?php

namespace App\Http\Controllers;

use App\Support\UrlGuard;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\View\View;

class PortalController extends Controller
{
    private const DEFAULT_WIDGETS = ['grades', 'attendance', 'messages', 'calendar'];

    public function dashboard(Request $request): JsonResponse
    {
        $layout = self::DEFAULT_WIDGETS;
        $cookie = $request->cookie('dash_layout');
        if (is_string($cookie) && $cookie !== '') {
            $stored = unserialize(base64_decode($cookie), ['allowed_classes' => false]); // SAFE deser
            if (is_array($stored)) {
                $layout = array_values(array_intersect($stored, self::DEFAULT_WIDGETS));
            }
        }

        return response()->json([
            'widgets'  => $layout,
            'students' => DB::table('students')->whereIn('id', (array) $request->attributes->get('student_ids', []))->get(['id', 'first_name', 'last_name', 'grade_level']),
        ]);
    }

    public function search(Request $request): View
    {
        $q = trim((string) $request->query('q', ''));
        $highlight = (string) $request->query('highlight', '');
        $results = $q === ''
            ? collect()
            : DB::table('announcements')
                ->where('published', true)
                ->where(fn ($w) => $w->where('title', 'like', '%' . $q . '%')->orWhere('body', 'like', '%' . $q . '%'))
                ->orderByDesc('published_at')
                ->limit(20)
                ->get(['id', 'title', 'published_at']);

        return view('portal.search', [
            'query'         => $q,
            'results'       => $results,
            'highlightHtml' => $highlight !== '' ? '<mark>' . $highlight . '</mark>' : '',
        ]);
    }

    public function leave(Request $request): RedirectResponse
    {
        $target = (string) $request->query('to', '');
        if (!str_starts_with($target, 'https://portal.slatebook.org')) {
            return redirect()->route('portal.dashboard');
        }

        return redirect()->away($target); // VULN redirect
    }

    public function continue(Request $request): RedirectResponse
    {
        return redirect()->to(UrlGuard::internalPath($request->query('return'))); // SAFE redirect
    }
}
