<?php

namespace App\Http\Controllers;

use App\Models\Contractor;
use App\Services\ContractorAccountService;
use App\Services\LicenceDirectory;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ContractorController
{
    public function __construct(
        private readonly LicenceDirectory $directory,
        private readonly ContractorAccountService $accounts,
    ) {
    }

    /**
     * Counter staff and applicants check that the contractor named on an
     * application holds a current State licence.
     */
    public function verifyLicence(Request $request): JsonResponse
    {
        $number = (string) $request->query('number', '');
        if ($number === '') {
            return response()->json(['error' => 'number is required'], 422);
        }

        $entry = $this->directory->findByLicenceNumber($number);

        return $entry === null
            ? response()->json(['found' => false], 404)
            : response()->json(['found' => true, 'licence' => $entry]);
    }

    public function directory(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'company' => ['required', 'string', 'min:3', 'max:80'],
        ]);

        return response()->json(['results' => $this->directory->searchByCompany($validated['company'])]);
    }

    public function register(Request $request): JsonResponse
    {
        $data = $request->validate([
            'company_name' => ['required', 'string', 'max:150'],
            'licence_number' => ['required', 'string', 'max:20'],
            'email' => ['required', 'email', 'max:190', 'unique:contractors,email'],
            'phone' => ['nullable', 'string', 'max:40'],
            'password' => ['required', 'string', 'min:12', 'confirmed'],
            'portal_pin' => ['required', 'digits:6'],
        ]);

        $result = $this->accounts->register($data);

        return response()->json([
            'contractor_id' => $result['contractor']->id,
            'api_token' => $result['api_token'],
            'message' => 'Store this API token now; it will not be shown again.',
        ], 201);
    }

    public function updateWebhook(Request $request, Contractor $contractor): JsonResponse
    {
        abort_unless((int) $request->user()->contractor_id === (int) $contractor->id, 403);

        $data = $request->validate([
            'webhook_url' => ['nullable', 'string', 'max:500'],
        ]);

        $this->accounts->updateWebhook($contractor, $data['webhook_url'] ?? null);

        return response()->json(['webhook_url' => $contractor->webhook_url]);
    }

    public function updateProfile(Request $request, Contractor $contractor): JsonResponse
    {
        abort_unless((int) $request->user()->contractor_id === (int) $contractor->id, 403);

        $data = $request->validate([
            'company_name' => ['sometimes', 'string', 'max:150'],
            'phone' => ['sometimes', 'nullable', 'string', 'max:40'],
            'email_signature' => ['sometimes', 'nullable', 'string', 'max:2000'],
        ]);

        return response()->json($this->accounts->updateProfile($contractor, $data)->only(['id', 'company_name', 'phone', 'email_signature']));
    }
}
