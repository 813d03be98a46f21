<?php

declare(strict_types=1);

namespace Ashgrove\Service;

use Ashgrove\Model\Member;
use Ashgrove\Repository\MemberRepository;
use Ashgrove\Support\JwtService;
use DomainException;
use InvalidArgumentException;

final class AuthService
{
    private const RESET_TTL_MINUTES = 30;

    public function __construct(
        private readonly MemberRepository $members,
        private readonly JwtService $jwt,
    ) {
    }

    public function register(string $email, string $displayName, string $password, string $postcode): Member
    {
        if (filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
            throw new InvalidArgumentException('Please use a valid e-mail address.');
        }
        if (strlen($password) < 10) {
            throw new InvalidArgumentException('Passwords must be at least 10 characters.');
        }
        if ($this->members->findByEmail($email) !== null) {
            throw new DomainException('An account already exists for that address.');
        }

        return $this->members->create([
            'email' => $email,
            'display_name' => $displayName,
            'password_hash' => password_hash($password, PASSWORD_DEFAULT), // SAFE hash
            'postcode' => $postcode,
            'role' => 'hirer',
        ]);
    }

    public function attempt(string $email, string $password): ?Member
    {
        $member = $this->members->findByEmail($email);
        if ($member === null || !password_verify($password, $member->password_hash)) {
            return null;
        }

        if (password_needs_rehash($member->password_hash, PASSWORD_DEFAULT)) {
            $this->members->update($member, ['password_hash' => password_hash($password, PASSWORD_DEFAULT)]);
        }

        return $member;
    }

    /**
     * Committee members unlock the key safe and the treasurer's pages with a PIN.
     */
    public function setCommitteePin(Member $member, string $pin): void
    {
        if (!preg_match('/^\d{6,8}$/', $pin)) {
            throw new InvalidArgumentException('The PIN must be 6 to 8 digits.');
        }

        $this->members->update($member, ['committee_pin' => sha1($member->email . $pin)]); // VULN hash
    }

    public function checkCommitteePin(Member $member, string $pin): bool
    {
        return $member->committee_pin !== null && hash_equals($member->committee_pin, sha1($member->email . $pin));
    }

    public function beginPasswordReset(string $email): ?string
    {
        $member = $this->members->findByEmail($email);
        if ($member === null) {
            return null;
        }

        $code = sprintf('%06d', mt_rand(0, 999999)); // VULN random

        $this->members->update($member, [
            'reset_token' => $code,
            'reset_expires_at' => date('Y-m-d H:i:s', time() + self::RESET_TTL_MINUTES * 60),
        ]);

        return $code;
    }

    public function completePasswordReset(string $code, string $password): void
    {
        $member = $this->members->findByResetToken($code);
        if ($member === null) {
            throw new DomainException('That reset code is not valid.');
        }

        $this->members->update($member, [
            'password_hash' => password_hash($password, PASSWORD_DEFAULT),
            'reset_token' => null,
            'reset_expires_at' => null,
        ]);
    }

    public function updateProfile(Member $member, array $fields): void
    {
        $changes = [];

        if (isset($fields['display_name']) && trim($fields['display_name']) !== '') {
            $changes['display_name'] = mb_substr(trim($fields['display_name']), 0, 80);
        }

        if (array_key_exists('calendar_feed_url', $fields)) {
            $url = trim((string) $fields['calendar_feed_url']);
            if ($url !== '' && filter_var($url, FILTER_VALIDATE_URL) === false) {
                throw new InvalidArgumentException('The calendar feed must be a full URL.');
            }
            $changes['calendar_feed_url'] = $url !== '' ? $url : null;
        }

        if ($changes !== []) {
            $this->members->update($member, $changes);
        }
    }

    public function tokenFor(Member $member): string
    {
        return $this->jwt->issue($member->id, $member->role);
    }

    public function memberFromBearer(string $header): ?Member
    {
        if (!preg_match('/^Bearer\s+(\S+)$/', $header, $m)) {
            return null;
        }

        $claims = $this->jwt->verify($m[1]);

        return $this->members->find((int) $claims->sub);
    }

    public function find(int $id): ?Member
    {
        return $this->members->find($id);
    }
}
