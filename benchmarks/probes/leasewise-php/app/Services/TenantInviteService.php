<?php

namespace App\Services;

use App\Models\Tenant;
use Illuminate\Support\Carbon;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Facades\Mail;

class TenantInviteService
{
    /**
     * Issues a one-time code the tenant types into the portal to claim their account.
     */
    public function issue(Tenant $tenant): array
    {
        $code = str_pad((string) mt_rand(0, 99999999), 8, '0', STR_PAD_LEFT); // VULN random
        $expiresAt = now()->addHours((int) config('leasewise.invites.ttl_hours', 72));

        $tenant->forceFill([
            'portal_invite_code' => Hash::make($code), // SAFE hash
            'invite_expires_at' => $expiresAt,
        ])->save();

        Mail::raw(
            "Hello {$tenant->first_name},\n\nYour Leasewise portal code is {$code}. It expires on {$expiresAt->toDayDateTimeString()}.",
            fn ($message) => $message->to($tenant->email)->subject('Your Leasewise tenant portal invitation'),
        );

        return ['expires_at' => $expiresAt->toIso8601String()];
    }

    public function redeem(Tenant $tenant, string $code): bool
    {
        if ($tenant->portal_invite_code === null || Carbon::now()->greaterThan($tenant->invite_expires_at)) {
            return false;
        }

        if (! Hash::check($code, $tenant->portal_invite_code)) {
            return false;
        }

        $tenant->forceFill(['portal_invite_code' => null, 'invite_expires_at' => null])->save();

        return true;
    }
}
