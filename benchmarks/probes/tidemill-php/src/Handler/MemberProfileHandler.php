<?php

declare(strict_types=1);

namespace Tidemill\Handler;

use DomainException;
use Laminas\Diactoros\Response\HtmlResponse;
use Laminas\Diactoros\Response\RedirectResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Tidemill\Domain\Member;
use Tidemill\Domain\ProfileUpdate;
use Tidemill\Middleware\AuthenticationMiddleware;
use Tidemill\Repository\BoatRepository;
use Tidemill\Repository\MemberRepository;
use Tidemill\Service\MembershipService;
use Twig\Environment;

/**
 * GET  /members/{id}            public crew profile
 * GET  /account/profile         edit form
 * POST /account/profile         save
 * POST /account/kiosk-pin       set junior kiosk PIN
 */
final class MemberProfileHandler implements RequestHandlerInterface
{
    public function __construct(
        private readonly MembershipService $membership,
        private readonly MemberRepository $members,
        private readonly BoatRepository $boats,
        private readonly Environment $twig,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        /** @var Member $me */
        $me = $request->getAttribute(AuthenticationMiddleware::ATTRIBUTE);

        if ($request->getAttribute('id') !== null) {
            $member = $this->members->find((int) $request->getAttribute('id'));
            if ($member === null) {
                return new HtmlResponse('<h1>Member not found</h1>', 404);
            }

            return new HtmlResponse($this->twig->render('members/profile.html.twig', ['member' => $member, 'is_me' => $member->id === $me->id]));
        }

        if ($request->getMethod() !== 'POST') {
            return $this->form($me, []);
        }

        $body = (array) $request->getParsedBody();
        if (($request->getAttribute('action') ?? '') === 'kiosk-pin') {
            try {
                $this->membership->setKioskPin($me, (string) ($body['pin'] ?? ''));
            } catch (DomainException $e) {
                return $this->form($me, ['pin' => $e->getMessage()]);
            }

            return new RedirectResponse('/account/profile?saved=pin');
        }

        $update = ProfileUpdate::fromForm($body);
        $errors = $this->membership->updateProfile($me, $update);
        if ($errors !== []) {
            return $this->form($me, $errors, $body);
        }

        return new RedirectResponse('/account/profile?saved=1');
    }

    private function form(Member $me, array $errors, array $submitted = []): ResponseInterface
    {
        return new HtmlResponse($this->twig->render('members/edit.html.twig', [
            'member' => $me,
            'errors' => $errors,
            'submitted' => $submitted,
            'classes' => $this->boats->classes(),
        ]), $errors === [] ? 200 : 422);
    }
}
