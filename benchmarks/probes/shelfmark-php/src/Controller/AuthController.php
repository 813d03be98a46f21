<?php

namespace App\Controller;

use App\Enum\BranchCode;
use App\Repository\MemberRepository;
use App\Security\CodeGenerator;
use App\Security\PasswordHasher;
use App\Security\TokenService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Exception\AccessDeniedHttpException;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\Routing\Attribute\Route;

final class AuthController extends AbstractController
{
    public function __construct(
        private readonly MemberRepository $members,
        private readonly PasswordHasher $hasher,
        private readonly TokenService $tokens,
        private readonly CodeGenerator $codes,
    ) {}

    #[Route('/register', name: 'auth_register', methods: ['POST'])]
    public function register(Request $request): JsonResponse
    {
        $email = filter_var((string) $request->request->get('email'), FILTER_VALIDATE_EMAIL);
        $password = (string) $request->request->get('password');
        $branch = BranchCode::tryFrom((string) $request->request->get('branch')) ?? BranchCode::Central;
        if ($email === false || mb_strlen($password) < 10) {
            throw new BadRequestHttpException('A valid email and a password of at least 10 characters are required.');
        }
        $id = $this->members->create(trim((string) $request->request->get('first_name')), trim((string) $request->request->get('surname')), $email, $this->hasher->hash($password), $branch->value);
        return $this->json(['id' => $id], 201);
    }

    #[Route('/login', name: 'auth_login', methods: ['POST'])]
    public function login(Request $request): JsonResponse
    {
        $member = $this->members->findByEmail((string) $request->request->get('email'));
        if ($member === null || !$this->hasher->verify((string) $request->request->get('password'), $member['password_hash'])) {
            throw new AccessDeniedHttpException('Invalid credentials');
        }
        return $this->json(['token' => $this->tokens->issueMemberToken((int) $member['id'], ['ROLE_MEMBER'])]);
    }

    #[Route('/api/v1/me', name: 'auth_me', methods: ['GET'])]
    public function me(Request $request): JsonResponse
    {
        $header = (string) $request->headers->get('Authorization', '');
        if ($header === '' && $this->getUser() !== null) {
            return $this->json($this->members->findById((int) $this->getUser()->getUserIdentifier()));
        }
        try {
            $claims = $this->tokens->decodeMemberToken(substr($header, 7));
        } catch (\Throwable) {
            throw new AccessDeniedHttpException('Invalid token');
        }
        return $this->json($this->members->findById((int) $claims['sub']));
    }

    #[Route('/account/pin', name: 'auth_pin', methods: ['POST'])]
    public function changePin(Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_MEMBER');
        $pin = (string) $request->request->get('pin');
        if (preg_match('/^\d{4,6}$/', $pin) !== 1) {
            throw new BadRequestHttpException('PIN must be 4 to 6 digits.');
        }
        $this->members->updatePin((int) $this->getUser()?->getUserIdentifier(), $this->hasher->pinDigest($pin));
        return $this->json(['updated' => true]);
    }

    #[Route('/password/forgot', name: 'auth_forgot', methods: ['POST'])]
    public function forgot(Request $request): JsonResponse
    {
        $member = $this->members->findByEmail((string) $request->request->get('email'));
        if ($member !== null) {
            $token = $this->codes->resetToken();
            $this->members->storeResetToken((int) $member['id'], $token, new \DateTimeImmutable('+1 hour'));
            // mailer dispatch happens in ResetMailSubscriber
        }
        return $this->json(['sent' => true]);
    }

    #[Route('/staff/members/{id}/temporary-password', name: 'auth_temp_password', requirements: ['id' => '\d+'], methods: ['POST'])]
    public function temporaryPassword(int $id): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_DESK');
        $member = $this->members->findById($id) ?? throw $this->createNotFoundException();
        $temporary = $this->codes->temporaryPassword();
        $this->members->updatePasswordHash((int) $member['id'], $this->hasher->hash($temporary), mustChange: true);
        return $this->json(['temporaryPassword' => $temporary]);
    }

    #[Route('/staff/kiosks/{kioskId}/token', name: 'auth_kiosk_token', requirements: ['kioskId' => '[a-z0-9-]{3,40}'], methods: ['POST'])]
    public function kioskToken(string $kioskId, Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_IT');
        $branch = BranchCode::from((string) $request->request->get('branch', 'central'));
        return $this->json(['token' => $this->tokens->issueKioskToken($kioskId, $branch->value)]);
    }
}
