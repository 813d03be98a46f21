<?php

declare(strict_types=1);

namespace Tidemill\Service;

use DomainException;
use Tidemill\Domain\Member;
use Tidemill\Domain\ProfileUpdate;
use Tidemill\Repository\MemberRepository;
use Tidemill\Security\PasswordHasher;
use Tidemill\Security\TokenGenerator;

final class MembershipService
{
    public function __construct(
        private readonly MemberRepository $members,
        private readonly PasswordHasher $hasher,
        private readonly TokenGenerator $tokens,
        private readonly ClubDirectory $directory,
    ) {
    }

    public function authenticate(string $email, string $password): ?Member
    {
        $record = $this->members->findCredentialsByEmail($email);
        if ($record === null || !$this->hasher->verify($password, $record['password_hash'])) {
            return null;
        }
        if ($this->hasher->needsRehash($record['password_hash'])) {
            $this->members->updatePasswordHash($record['member']->id, $this->hasher->hash($password));
        }

        return $record['member'];
    }

    public function authenticateGuest(string $passCode): ?Member
    {
        return $this->members->findGuestByPass(trim($passCode));
    }

    public function changePassword(Member $member, string $newPassword): void
    {
        if (mb_strlen($newPassword) < 10) {
            throw new DomainException('Passwords must be at least 10 characters.');
        }
        $this->members->updatePasswordHash($member->id, $this->hasher->hash($newPassword));
    }

    public function setKioskPin(Member $member, string $pin): void
    {
        if (preg_match('/^\d{4,6}$/D', $pin) !== 1) {
            throw new DomainException('The kiosk PIN must be 4 to 6 digits.');
        }
        $this->members->updateKioskPin($member->id, $this->hasher->kioskPinDigest($pin, $member->membershipNo));
    }

    /** @return array<string,string> validation errors, empty on success */
    public function updateProfile(Member $member, ProfileUpdate $update): array
    {
        $errors = $update->errors();
        if ($errors === []) {
            $this->members->updateProfile($member->id, $update);
        }

        return $errors;
    }

    public function issueGuestPass(string $guestName, string $guestEmail): string
    {
        $code = $this->tokens->guestPassCode();
        $this->members->createGuest($guestName, $guestEmail, $code);

        return $code;
    }

    /**
     * Member search for the crew finder. Looks in the portal database first
     * and falls back to the club LDAP directory for older members.
     *
     * @return list<array{name:string,membership_no:string,source:string}>
     */
    public function findCrew(string $name): array
    {
        $name = trim($name);
        if (mb_strlen($name) < 2) {
            return [];
        }

        $found = [];
        foreach ($this->members->searchByName($name) as $member) {
            $found[] = ['name' => $member->fullName(), 'membership_no' => $member->membershipNo, 'source' => 'portal'];
        }
        if ($found === []) {
            foreach ($this->directory->searchByDisplayName($name) as $entry) {
                $found[] = ['name' => $entry['cn'], 'membership_no' => $entry['membershipno'], 'source' => 'directory'];
            }
        }

        return $found;
    }

    public function directoryEntry(string $membershipNo): ?array
    {
        return $this->directory->findByMembershipNo($membershipNo);
    }
}
