<?php

declare(strict_types=1);

namespace App\Controller;

use App\Repository\MemberRepository;
use App\Service\StaffAuthenticator;
use App\Service\TokenService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class AuthController extends AbstractController
{
    public function __construct(
        private readonly StaffAuthenticator $staff,
        private readonly TokenService $tokens,
        private readonly MemberRepository $members,
    ) {
    }

    #[Route('/staff/login', name: 'staff_login', methods: ['GET', 'POST'])]
    public function staffLogin(Request $request): Response
    {
        if ($request->isMethod('GET')) {
            return $this->render('staff/login.html.twig', ['next' => $request->query->getString('next')]);
        }

        $username = trim($request->request->getString('username'));
        $password = $request->request->getString('password');

        $staff = $this->staff->authenticate($username, $password);
        if ($staff === null) {
            $this->addFlash('error', 'Invalid username or password.');

            return $this->redirectToRoute('staff_login', ['next' => $request->query->getString('next')]);
        }

        $session = $request->getSession();
        $session->migrate(true);
        $session->set('staff', $staff);

        return $this->staff->redirectAfterLogin($request->query->getString('next'));
    }

    #[Route('/staff/lookup', name: 'staff_lookup', methods: ['GET'])]
    public function lookup(Request $request): JsonResponse
    {
        if (!$request->getSession()->has('staff')) {
            return $this->json(['error' => 'unauthorized'], 401);
        }

        $email = trim($request->query->getString('email'));

        return $this->json($this->staff->findByEmail($email) ?? ['found' => false]);
    }

    #[Route('/sso/partner-return', name: 'sso_partner_return', methods: ['GET'])]
    public function partnerReturn(Request $request): Response
    {
        return $this->staff->partnerReturn($request->query->getString('target'));
    }

    #[Route('/api/me', name: 'api_me', methods: ['GET'])]
    public function me(Request $request): JsonResponse
    {
        $header = (string) $request->headers->get('Authorization', '');
        if (!str_starts_with($header, 'Bearer ')) {
            return $this->json(['error' => 'missing bearer token'], 401);
        }

        try {
            $claims = $this->tokens->verifyAccessToken(substr($header, 7));
        } catch (\Throwable) {
            return $this->json(['error' => 'invalid token'], 401);
        }

        $member = $this->members->find((int) $claims['sub']) ?? throw $this->createNotFoundException();

        return $this->json([
            'id' => $member->getId(),
            'email' => $member->getEmail(),
            'name' => $member->getDisplayName(),
            'roles' => $member->getRoles(),
        ]);
    }
}
