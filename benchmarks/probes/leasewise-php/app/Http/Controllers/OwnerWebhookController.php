<?php

namespace App\Http\Controllers;

use App\Models\Owner;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class OwnerWebhookController extends Controller
{
    public function update(Request $request, Owner $owner): JsonResponse
    {
        abort_unless($request->user()->is_staff || $request->user()->owner_id === $owner->id, 403);

        $data = $request->validate([
            'url' => ['required', 'url:https', 'max:500'],
            'events' => ['sometimes', 'array'],
            'events.*' => ['in:payment.received,maintenance.opened'],
        ]);

        $owner->forceFill([
            'webhook_url' => $data['url'],
            'webhook_events' => $data['events'] ?? ['payment.received'],
            'webhook_secret' => bin2hex(random_bytes(32)), // SAFE random
        ])->save();

        return response()->json([
            'url' => $owner->webhook_url,
            'events' => $owner->webhook_events,
            'secret' => $owner->webhook_secret,
        ], 201);
    }
}
