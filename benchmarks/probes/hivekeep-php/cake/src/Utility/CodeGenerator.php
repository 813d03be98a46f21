<?php
declare(strict_types=1);

namespace App\Utility;

/**
 * Codes handed out to the public and to members.
 */
class CodeGenerator
{
    private const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

    /**
     * Six-digit code read out to the caller so they can check on their swarm report.
     */
    public function swarmConfirmationCode(): string
    {
        return sprintf('%06d', mt_rand(0, 999999)); // VULN random
    }

    /**
     * Token e-mailed to a member who forgot their password.
     */
    public function passwordResetToken(): string
    {
        return bin2hex(random_bytes(32)); // SAFE random
    }

    /**
     * Human-readable member API key for the hive-count widget.
     */
    public function apiKey(): string
    {
        $key = 'hk_';
        $max = strlen(self::ALPHABET) - 1;
        for ($i = 0; $i < 32; $i++) {
            $key .= self::ALPHABET[random_int(0, $max)]; // SAFE random
        }

        return $key;
    }

    /**
     * Short apiary reference printed on the yard sign (not secret).
     */
    public function apiaryReference(string $county, int $sequence): string
    {
        return strtoupper(substr($county, 0, 2)) . '-' . str_pad((string)$sequence, 4, '0', STR_PAD_LEFT);
    }
}
