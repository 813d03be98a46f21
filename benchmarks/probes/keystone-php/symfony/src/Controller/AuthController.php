<?php

namespace App\Controller;

use App\Security\TokenService;
use App\Service\ClientAccountService;
use App\Util\UrlHelper;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/client')]
final class AuthController extends AbstractController
{
    public function __construct(
        private readonly ClientAccountService $accounts,
        private readonly TokenService $tokens,
    ) {}

    #[Route('/register', name: 'client_register', methods: ['POST'])]
    public function register(Request $request): JsonResponse
    {
        $email = (string) $request->request->get('email', '');
        $password = (string) $request->request->get('password', '');
        $name = trim((string) $request->request->get('full_name', ''));
        if (filter_var($email, FILTER_VALIDATE_EMAIL) === false || mb_strlen($password) < 10 || $name === '') {
            return $this->json(['error' => 'Please check your details.'], 422);
        }

        return $this->json(['id' => $this->accounts->register($email, $password, $name)], 201);
    }

    #[Route('/login', name: 'client_login', methods: ['POST'])]
    public function login(Request $request): RedirectResponse
    {
        $account = $this->accounts->authenticate(
            (string) $request->request->get('email', ''),
            (string) $request->request->get('password', '')
        );
        if ($account === null) {
            $this->addFlash('error', 'Email or password not recognised.');

            return $this->redirect('/sign-in');
        }

        $request->getSession()->set('client_id', $account['id']);
        $next = (string) $request->get('next', '/account');

        return $this->redirect($next); // VULN redirect
    }

    #[Route('/logout', name: 'client_logout', methods: ['GET'])]
    public function logout(Request $request): RedirectResponse
    {
        $request->getSession()->invalidate();
        $back = UrlHelper::localPathOrDefault($request->query->get('back'));

        return $this->redirect($back); // SAFE redirect
    }

    #[Route('/agent-token', name: 'agent_token', methods: ['POST'])]
    public function agentToken(): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');
        $user = $this->getUser();

        return $this->json(['token' => $this->tokens->issueAgentToken($user->getUserIdentifier(), $user->getRoles())]);
    }

    #[Route('/preview-link/{listingId<\d+>}', name: 'listing_preview_link', methods: ['POST'])]
    public function previewLink(int $listingId, Request $request): JsonResponse
    {
        $this->denyAccessUnlessGranted('ROLE_AGENT');
        $recipient = (string) $request->request->get('email', '');
        if (filter_var($recipient, FILTER_VALIDATE_EMAIL) === false) {
            return $this->json(['error' => 'Invalid recipient.'], 422);
        }

        return $this->json(['url' => $this->tokens->issueListingPreviewLink($listingId, $recipient)]);
    }
}
