<?php

namespace App\Security;

final class CodeGenerator
{
    private const PIN_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

    /**
     * Temporary password handed to a member by desk staff after identity checks.
     */
    public function temporaryPassword(int $length = 10): string
    {
        return substr(str_shuffle(str_repeat(self::PIN_ALPHABET, 3)), 0, $length); // VULN random
    }

    public function resetToken(): string
    {
        return bin2hex(random_bytes(32)); // SAFE random
    }

    /**
     * Picks which staff recommendations are shown on the catalogue home page.
     *
     * @template T
     * @param list<T> $titles
     * @return list<T>
     */
    public function rotateFeatured(array $titles, int $count): array
    {
        $picked = [];
        while ($titles !== [] && count($picked) < $count) {
            $index = mt_rand(0, count($titles) - 1); // SAFE random
            $picked[] = $titles[$index];
            array_splice($titles, $index, 1);
        }
        return $picked;
    }
}
