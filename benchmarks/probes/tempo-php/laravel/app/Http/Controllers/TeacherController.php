<?php

namespace App\Http\Controllers;

use App\Services\AudioClipService;
use App\Services\CalendarFeedService;
use App\Services\DirectoryService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use InvalidArgumentException;

class TeacherController extends Controller
{
    public function __construct(private readonly CalendarFeedService $feeds, private readonly AudioClipService $audio) {}

    public function syncCalendar(Request $request, int $teacher): JsonResponse
    {
        $events = $this->feeds->fetchEvents((string) $request->json('calendar_url'));

        DB::table('teacher_unavailability')->where(['teacher_id' => $teacher, 'source' => 'ical'])->delete();
        DB::table('teacher_unavailability')->insert(array_map(fn ($e) => [
            'teacher_id' => $teacher,
            'source' => 'ical',
            'starts_at' => $e['dtstart'] ?? null,
            'ends_at' => $e['dtend'] ?? null,
            'summary' => mb_substr($e['summary'] ?? '', 0, 120),
        ], $events));

        return response()->json(['imported' => count($events)]);
    }

    public function subscribe(Request $request, int $teacher): JsonResponse
    {
        try {
            $events = $this->feeds->subscribe((string) $request->input('calendar_url'));
        } catch (InvalidArgumentException $e) {
            return response()->json(['error' => $e->getMessage()], 422);
        }
        DB::table('teachers')->where('id', $teacher)->update(['calendar_url' => $request->input('calendar_url')]);

        return response()->json(['events' => count($events)]);
    }

    public function clip(Request $request): JsonResponse
    {
        $name = $this->audio->makeExcerpt((string) $request->input('recording'), (int) $request->input('start', 0), min(120, (int) $request->input('seconds', 30)));

        return response()->json(['clip' => asset("storage/clips/{$name}")]);
    }

    public function normalize(Request $request): JsonResponse
    {
        return response()->json(['clip' => asset('storage/clips/' . $this->audio->normalizeLoudness((string) $request->input('recording')))]);
    }

    public function directory(Request $request, DirectoryService $directory): JsonResponse
    {
        return response()->json($directory->teachersForInstrument((string) $request->query('instrument', 'piano')));
    }
}
