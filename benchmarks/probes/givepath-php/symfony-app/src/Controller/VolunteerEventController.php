<?php

namespace App\Controller;

use App\Entity\VolunteerEvent;
use App\Service\AttachmentStorage;
use App\Service\TokenService;
use Doctrine\ORM\EntityManagerInterface;
use Firebase\JWT\ExpiredException;
use Firebase\JWT\SignatureInvalidException;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Mailer\MailerInterface;
use Symfony\Component\Mime\Email;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/events')]
class VolunteerEventController extends AbstractController
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly TokenService $tokens,
        private readonly AttachmentStorage $attachments,
    ) {
    }

    #[Route('/{id<\d+>}/signup', name: 'event_signup', methods: ['POST'])]
    public function signup(int $id, Request $request, MailerInterface $mailer): Response
    {
        $event = $this->findEvent($id);
        $email = trim($request->request->getString('email'));
        if (filter_var($email, FILTER_VALIDATE_EMAIL) === false) {
            return $this->json(['error' => 'Please enter a valid email address.'], Response::HTTP_BAD_REQUEST);
        }

        if (!$event->signUp($email)) {
            return $this->json(['error' => 'You are already signed up or the event is full.'], Response::HTTP_CONFLICT);
        }
        $this->em->flush();

        $token = $this->tokens->issueVolunteerToken($event, $email);
        $mailer->send((new Email())
            ->to($email)
            ->subject(sprintf('You are volunteering at %s', $event->getTitle()))
            ->text(sprintf(
                "Thanks for signing up!\n\nShow this link at the welcome desk:\n%s\n",
                $this->generateUrl('event_check_in', ['id' => $id, 'token' => $token], 0)
            )));

        return $this->json(['status' => 'signed_up'], Response::HTTP_CREATED);
    }

    #[Route('/{id<\d+>}/my-signup', name: 'event_my_signup', methods: ['GET'])]
    public function mySignup(int $id, Request $request): JsonResponse
    {
        $event = $this->findEvent($id);

        try {
            $claims = $this->tokens->verify($request->query->getString('token'));
        } catch (ExpiredException|SignatureInvalidException|\UnexpectedValueException|\DomainException) {
            return $this->json(['error' => 'This link is no longer valid.'], Response::HTTP_UNAUTHORIZED);
        }

        if ((int) ($claims['event'] ?? 0) !== $id) {
            return $this->json(['error' => 'This link is for a different event.'], Response::HTTP_FORBIDDEN);
        }

        return $this->json([
            'event' => $event->getTitle(),
            'startsAt' => $event->getStartsAt()->format(DATE_ATOM),
            'location' => $event->getLocation(),
            'email' => $claims['sub'],
            'checkedIn' => in_array($claims['sub'], $event->getCheckedIn(), true),
        ]);
    }

    #[Route('/{id<\d+>}/check-in', name: 'event_check_in', methods: ['GET', 'POST'])]
    public function checkIn(int $id, Request $request): JsonResponse
    {
        $event = $this->findEvent($id);

        try {
            $claims = $this->tokens->peekClaims($request->query->getString('token'));
        } catch (\InvalidArgumentException) {
            return $this->json(['error' => 'Unreadable QR code.'], Response::HTTP_BAD_REQUEST);
        }

        $email = (string) ($claims['sub'] ?? '');
        if ((int) ($claims['event'] ?? 0) !== $id || !in_array($email, $event->getSignups(), true)) {
            return $this->json(['error' => 'Not on the list for this event.'], Response::HTTP_FORBIDDEN);
        }

        $event->checkIn($email);
        $this->em->flush();

        return $this->json(['status' => 'checked_in', 'email' => $email]);
    }

    #[Route('/{id<\d+>}/attachments', name: 'event_attachment', methods: ['GET'])]
    #[IsGranted('ROLE_VOLUNTEER')]
    public function attachment(int $id, Request $request): Response
    {
        $this->findEvent($id);
        $name = $request->query->getString('file');

        return new Response($this->attachments->read($id, $name), Response::HTTP_OK, [
            'Content-Type' => $this->attachments->mimeType($name),
            'Content-Disposition' => 'inline',
        ]);
    }

    #[Route('/{id<\d+>}/attachments', name: 'event_attachment_upload', methods: ['POST'])]
    #[IsGranted('ROLE_STAFF')]
    public function upload(int $id, Request $request): JsonResponse
    {
        $this->findEvent($id);
        $file = $request->files->get('attachment');
        if ($file === null || !$file->isValid()) {
            return $this->json(['error' => 'No file received.'], Response::HTTP_BAD_REQUEST);
        }

        try {
            $name = $this->attachments->store($id, $file);
        } catch (\InvalidArgumentException $e) {
            return $this->json(['error' => $e->getMessage()], Response::HTTP_UNSUPPORTED_MEDIA_TYPE);
        }

        return $this->json(['file' => $name, 'all' => $this->attachments->list($id)], Response::HTTP_CREATED);
    }

    private function findEvent(int $id): VolunteerEvent
    {
        return $this->em->getRepository(VolunteerEvent::class)->find($id) ?? throw $this->createNotFoundException();
    }
}
