<?php

namespace App\Http\Controllers;

use App\Http\Requests\StoreEntryRequest;
use App\Models\Entry;
use App\Models\Show;
use App\Services\EntryService;
use App\Services\Support\UrlGuard;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\View\View;

class EntryController
{
    public function __construct(private readonly EntryService $service)
    {
    }

    /**
     * Class-by-class entry counts for the show page widget; secretaries also
     * get the running list.
     */
    public function index(Request $request, Show $show): JsonResponse
    {
        $status = $request->query('status');

        return response()->json([
            'show' => $show->only(['id', 'name', 'venue', 'show_date', 'closing_date']),
            'classes' => $this->service->classCounts($show->id, is_string($status) && $status !== '' ? $status : null),
            'entries' => $request->user()->isSecretary() ? $this->service->forShow($show->id) : [],
        ]);
    }

    public function store(StoreEntryRequest $request, Show $show): RedirectResponse
    {
        $data = $request->validated();

        $entry = $this->service->enter(
            $show,
            (int) $data['dog_id'],
            (int) $data['breed_class_id'],
            $request->user()->id,
            $data['handler_name'] ?? null,
        );

        return redirect()->route('entries.show', $entry)
            ->with('status', 'Entry received. Your confirmation code is ' . $entry->confirmation_code . '.');
    }

    public function show(Request $request, Entry $entry): View
    {
        abort_unless($request->user()->id === $entry->exhibitor_id || $request->user()->isSecretary(), 403);

        $entry->load(['show', 'dog.breed', 'breedClass', 'result']);

        return view('entries.show', ['entry' => $entry]);
    }

    public function withdraw(Request $request, Entry $entry): RedirectResponse
    {
        $token = (string) $request->input('token', '');

        if (!$this->service->withdraw($entry, $token)) {
            return back()->withErrors(['token' => 'That withdrawal link is not valid.']);
        }

        return UrlGuard::redirectBack($request->input('back'), 'entries.show', ['entry' => $entry->id]);
    }
}
