<?php

namespace App\Http\Controllers;

use App\Models\Kennel;
use App\Services\KennelClubClient;
use App\Services\Support\UrlGuard;
use Illuminate\Http\Client\RequestException;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Storage;

class KennelController
{
    public function store(Request $request): RedirectResponse
    {
        $data = $request->validate([
            'name' => ['required', 'string', 'max:120'],
            'affix' => ['required', 'string', 'max:40', 'regex:/^[A-Za-z\' ]+$/', 'unique:kennels,affix'],
            'club_reg_number' => ['required', 'string', 'max:20'],
            'webhook_url' => ['nullable', 'url:http,https', 'max:500'],
            'logo_url' => ['nullable', 'url:https', 'max:500'],
        ]);

        $kennel = Kennel::create($data + ['owner_id' => $request->user()->id]);

        return back()
            ->with('status', 'Kennel registered. Verification with the Kennel Club is pending.');
    }

    public function update(Request $request, Kennel $kennel): RedirectResponse
    {
        abort_unless($request->user()->id === $kennel->owner_id, 403);

        $kennel->fill($request->validate([
            'name' => ['sometimes', 'string', 'max:120'],
            'webhook_url' => ['nullable', 'url:http,https', 'max:500'],
            'logo_url' => ['nullable', 'url:https', 'max:500'],
        ]))->save();

        return back()->with('status', 'Kennel details saved.');
    }

    public function verify(Request $request, Kennel $kennel, KennelClubClient $kc): RedirectResponse
    {
        abort_unless($request->user()->id === $kennel->owner_id || $request->user()->isSecretary(), 403);

        try {
            $record = $kc->kennelAffix($kennel->affix);
        } catch (RequestException) {
            $record = null;
        }

        if ($record === null && preg_match('/^\d{4,6}$/', (string) $kennel->club_reg_number) === 1) {
            $record = $kc->legacyLookup($kennel->club_reg_number);
        }

        if ($record === null) {
            return back()->withErrors(['affix' => 'The Kennel Club has no record of that affix.']);
        }

        $kennel->forceFill(['verified_at' => now()])->save();

        return back()->with('status', 'Kennel verified.');
    }

    public function fetchLogo(Request $request, Kennel $kennel): RedirectResponse
    {
        abort_unless($request->user()->id === $kennel->owner_id, 403);

        $url = (string) $kennel->logo_url;
        if (!UrlGuard::isAllowedHost($url, config('showring.photo_hosts'))) {
            return back()->withErrors(['logo_url' => 'Logos must be hosted on the Kennel Club image service.']);
        }

        $response = Http::timeout(5)->withOptions(['allow_redirects' => false])->get($url); // SAFE ssrf
        if ($response->successful() && str_starts_with((string) $response->header('Content-Type'), 'image/')) {
            Storage::build(['driver' => 'local', 'root' => config('showring.media_dir')])->put('kennels/' . $kennel->id . '/logo', $response->body());
        }

        return back()->with('status', 'Logo updated.');
    }
}
