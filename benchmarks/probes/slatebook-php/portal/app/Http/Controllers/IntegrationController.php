<?php

namespace App\Http\Controllers;

use App\Services\FeedImporter;
use App\Services\SisClient;
use App\Services\TranscriptXml;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Storage;

class IntegrationController extends Controller
{
    public function __construct(private FeedImporter $feeds, private TranscriptXml $transcripts) {}

    public function importFeed(Request $request): JsonResponse
    {
        $request->validate(['feed_url' => ['required', 'url'], 'school_id' => ['required', 'integer']]);
        $items = $this->feeds->fetchNews($request->input('feed_url'));
        foreach ($items as $item) {
            DB::table('announcements')->updateOrInsert(
                ['school_id' => (int) $request->input('school_id'), 'source_link' => $item['link']],
                ['title' => $item['title'], 'body' => $item['summary'], 'published_at' => $item['published_at'], 'published' => true]
            );
        }

        return response()->json(['imported' => count($items)]);
    }

    public function syncCalendar(Request $request): JsonResponse
    {
        $ics = $this->feeds->fetchCalendar((string) $request->input('ics_url'));
        Storage::put('calendars/' . (int) $request->input('school_id') . '.ics', $ics);

        return response()->json(['bytes' => strlen($ics)]);
    }

    public function pushToSis(Request $request): JsonResponse
    {
        $rows = DB::table('grades')->where('term', (string) $request->input('term'))->where('published', true)->where('synced', false)
            ->get(['id', 'student_id', 'course_id', 'score', 'letter'])->map(fn ($g) => (array) $g)->all();
        $result = SisClient::fromConfig()->pushGrades($rows);
        DB::table('grades')->whereIn('id', array_column($rows, 'id'))->update(['synced' => true]);

        return response()->json(['pushed' => count($rows), 'sis' => $result]);
    }

    public function pullRoster(Request $request): JsonResponse
    {
        $roster = SisClient::fromConfig()->fetchRoster((int) $request->input('section_id'));

        return response()->json(['students' => $roster['students'] ?? []]);
    }

    public function transcript(Request $request): JsonResponse
    {
        $request->validate(['transcript' => ['required', 'file', 'max:2048']]);
        $doc = $this->transcripts->load($request->file('transcript')->get());

        return response()->json([
            'courses'   => $this->transcripts->coursesFor($doc, (string) $request->input('student_number')),
            'requested' => $this->transcripts->courseByCode($doc, (string) $request->input('course_code', '')),
        ]);
    }
}
