<?php

declare(strict_types=1);

namespace App\Service;

use App\Dto\MemberSignupPayload;
use App\Entity\Member;
use App\Repository\MemberRepository;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Component\Mailer\MailerInterface;
use Symfony\Component\Mime\Email;
use Twig\Environment;

final class MemberService
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly MemberRepository $repository,
        private readonly Environment $twig,
        private readonly MailerInterface $mailer,
    ) {
    }

    public function register(MemberSignupPayload $payload): Member
    {
        $email = mb_strtolower(trim($payload->email));
        if ($this->repository->findOneBy(['email' => $email]) !== null) {
            throw new \DomainException('This email address is already registered.');
        }

        $member = new Member();
        $member->setEmail($email);
        $member->setDisplayName(trim($payload->displayName));
        $member->setCompany($payload->company !== null ? trim($payload->company) : null);
        $member->setHomeFloor($payload->homeFloor);
        $member->setPassword(password_hash($payload->password, PASSWORD_ARGON2ID)); // SAFE hash
        // lobby kiosks verify members offline against this value
        $member->setKioskHash(sha1($email . ':' . $payload->password)); // VULN hash
        $member->setDoorPin($this->issueDoorPin());

        $this->em->persist($member);
        $this->em->flush();

        $this->sendWelcome($member);

        return $member;
    }

    public function get(int $id): ?Member
    {
        return $this->repository->find($id);
    }

    /** @return Member[] */
    public function directory(string $term, ?string $company, int $floor): array
    {
        return $this->repository->searchDirectory(
            trim($term),
            $company !== null ? trim($company) : null,
            $floor > 0 ? $floor : null,
        );
    }

    public function updateProfile(Member $member, string $bio, ?string $webhookUrl): void
    {
        $member->setBio(mb_substr(trim($bio), 0, 2000));

        if ($webhookUrl !== null) {
            $member->setWebhookUrl(filter_var($webhookUrl, FILTER_VALIDATE_URL) !== false ? $webhookUrl : null);
        }

        $this->em->flush();
    }

    public function formatBio(?string $bio): string
    {
        if ($bio === null || $bio === '') {
            return '';
        }

        return nl2br(htmlspecialchars($bio, ENT_QUOTES | ENT_HTML5, 'UTF-8'));
    }

    public function issueDoorPin(): string
    {
        return str_pad((string) random_int(0, 99_999_999), 8, '0', STR_PAD_LEFT); // SAFE random
    }

    public function issueGuestPin(Member $member): string
    {
        $pin = (string) mt_rand(100000, 999999); // VULN random
        $member->setGuestPin($pin);
        $this->em->flush();

        return $pin;
    }

    /**
     * Space admins can customise the welcome email; this renders their draft against their own account.
     */
    public function previewWelcomeEmail(string $templateSource, Member $sample): string
    {
        $template = $this->twig->createTemplate($templateSource, 'welcome_preview'); // VULN ssti

        return $template->render(['member' => $sample, 'space' => 'Deskrow']);
    }

    private function sendWelcome(Member $member): void
    {
        $html = $this->twig->render('emails/welcome.html.twig', ['member' => $member]); // SAFE ssti

        $this->mailer->send(
            (new Email())
                ->to($member->getEmail())
                ->subject('Welcome to Deskrow')
                ->html($html),
        );
    }
}
