<?php

namespace App\Http\Controllers;

use App\Models\Tenant;
use App\Repositories\ActivityLogRepository;
use App\Repositories\TenantRepository;
use App\Services\TenantInviteService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;

class TenantController extends Controller
{
    public function __construct(
        private readonly TenantRepository $tenants,
        private readonly ActivityLogRepository $activity,
        private readonly TenantInviteService $invites,
    ) {}

    public function index(Request $request): JsonResponse
    {
        $term = trim((string) $request->query('q', ''));

        $tenants = $term === ''
            ? Tenant::orderBy('last_name')->paginate(30)
            : $this->tenants->searchByName($term);

        return response()->json($tenants);
    }

    public function show(Tenant $tenant)
    {
        $tenant->load('leases.unit.property');

        return view('tenants.profile', ['tenant' => $tenant]);
    }

    public function update(Request $request, Tenant $tenant): RedirectResponse
    {
        $data = $request->validate([
            'first_name' => ['required', 'string', 'max:80'],
            'last_name' => ['required', 'string', 'max:80'],
            'email' => ['required', 'email', 'max:190'],
            'phone' => ['nullable', 'string', 'max:32'],
            'website' => ['nullable', 'string', 'max:255'],
            'notes' => ['nullable', 'string', 'max:2000'],
        ]);

        $tenant->update($data);

        return redirect()->route('tenants.show', $tenant)->with('status', 'Tenant profile saved.');
    }

    public function activity(Request $request, Tenant $tenant): JsonResponse
    {
        $reference = (string) $request->query('ref', $tenant->external_ref);

        return response()->json([
            'tenant' => $tenant->id,
            'entries' => $this->activity->forTenantReference($reference),
        ]);
    }

    public function invite(Tenant $tenant): JsonResponse
    {
        $invite = $this->invites->issue($tenant);

        return response()->json(['sent_to' => $tenant->email, 'expires_at' => $invite['expires_at']], 201);
    }
}
