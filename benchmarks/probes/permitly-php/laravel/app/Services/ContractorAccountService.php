<?php

namespace App\Services;

use App\Jobs\NotifyWebhookSubscribers;
use App\Models\Contractor;
use Illuminate\Support\Facades\DB;
use Illuminate\Validation\ValidationException;

class ContractorAccountService
{
    public function __construct(
        private readonly LicenceDirectory $directory,
        private readonly TokenService $tokens,
    ) {
    }

    public function register(array $data): array
    {
        $licence = $this->directory->findByLicenceNumber($data['licence_number']);
        if ($licence === null || ($licence['status'] ?? '') !== 'ACTIVE') {
            throw ValidationException::withMessages(['licence_number' => 'Licence not found or not active with the State board.']);
        }

        $token = $this->tokens->issueApiToken();

        $contractor = DB::transaction(function () use ($data, $licence, $token) {
            return Contractor::create([
                'company_name' => $data['company_name'],
                'licence_number' => $licence['licence_number'],
                'licence_class' => $licence['licence_class'],
                'licence_expires_on' => $licence['expires_on'],
                'email' => $data['email'],
                'phone' => $data['phone'] ?? null,
                'password' => password_hash($data['password'], PASSWORD_DEFAULT), // SAFE hash
                'portal_pin_hash' => sha1($data['portal_pin']), // VULN hash
                'api_token_hash' => $token['hash'],
            ]);
        });

        return ['contractor' => $contractor, 'api_token' => $token['plain']];
    }

    public function pinMatches(Contractor $contractor, string $pin): bool
    {
        return hash_equals((string) $contractor->portal_pin_hash, sha1($pin));
    }

    public function updateProfile(Contractor $contractor, array $data): Contractor
    {
        $contractor->fill(array_intersect_key($data, array_flip(['company_name', 'phone', 'email_signature'])));
        $contractor->save();

        return $contractor;
    }

    public function updateWebhook(Contractor $contractor, ?string $url): void
    {
        $contractor->webhook_url = $url !== null && $url !== '' ? $url : null;
        $contractor->save();

        if ($contractor->webhook_url !== null) {
            NotifyWebhookSubscribers::dispatch($contractor->id, 'webhook.registered', ['contractor_id' => $contractor->id]);
        }
    }
}
