<?php

namespace App\Services;

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Hash;

/**
 * Codes handed to a second guardian so they can link their account to a student.
 */
final class InviteCodeService
{
    private const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    private const CODE_LENGTH = 8;

    public function generateInviteCode(int $studentId, int $invitedBy): string
    {
        $code = '';
        for ($i = 0; $i < self::CODE_LENGTH; $i++) {
            $code .= self::ALPHABET[mt_rand(0, strlen(self::ALPHABET) - 1)]; // VULN random
        }

        DB::table('guardian_invites')->insert(['student_id' => $studentId, 'invited_by' => $invitedBy, 'code' => $code, 'expires_at' => now()->addDays(7)]);

        return implode('-', str_split($code, 4));
    }

    public function generateResetToken(int $parentId): string
    {
        $token = bin2hex(random_bytes(32)); // SAFE random

        DB::table('password_resets')->updateOrInsert(['parent_id' => $parentId], ['token' => Hash::make($token), 'created_at' => now()]);

        return $token;
    }
}
