<?php

namespace App\Controller;

use App\Repository\RoomBookingRepository;
use App\Security\KioskTokenParser;
use App\Service\StaffDirectory;
use App\Util\UrlGuard;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Exception\AccessDeniedHttpException;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;
use Symfony\Component\Routing\Attribute\Route;

#[Route('/rooms')]
final class RoomBookingController extends AbstractController
{
    public function __construct(
        private readonly RoomBookingRepository $bookings,
        private readonly StaffDirectory $staff,
        private readonly KioskTokenParser $kioskTokens,
        private readonly UrlGuard $urlGuard,
    ) {}

    #[Route('/{roomId}/bookings', name: 'room_bookings', requirements: ['roomId' => '\d+'], methods: ['GET'])]
    public function bookings(int $roomId): JsonResponse
    {
        return $this->json(['bookings' => $this->bookings->upcomingForRoom($roomId)]);
    }

    #[Route('/{roomId}/book', name: 'room_book', requirements: ['roomId' => '\d+'], methods: ['POST'])]
    public function book(Request $request, int $roomId): RedirectResponse
    {
        $branch = $this->bookings->branchOf($roomId) ?? throw new NotFoundHttpException('Unknown room');
        $approverInput = trim((string) $request->request->get('approver'));
        $approver = str_contains($approverInput, '@') ? $this->staff->findApproverByEmail($approverInput) : $this->staff->findApprover($approverInput);
        if ($approver === null) {
            $this->addFlash('error', 'Please choose a member of staff who can approve room bookings.');
            return $this->redirectToRoute('room_bookings', ['roomId' => $roomId]);
        }
        $start = new \DateTimeImmutable((string) $request->request->get('starts_at'));
        $end = $start->modify('+' . max(1, min(4, $request->request->getInt('hours', 1))) . ' hours');
        $this->bookings->create($roomId, $branch, (int) $this->getUser()?->getUserIdentifier(), $start, $end, $approver['uid']);
        $this->addFlash('success', sprintf('Room booked; %s will confirm by email.', $approver['name']));
        return new RedirectResponse($this->urlGuard->safeReturnUrl($request->request->get('return_url'), '/rooms')); // SAFE redirect
    }

    #[Route('/checkin/{bookingId}', name: 'room_checkin', requirements: ['bookingId' => '\d+'], methods: ['POST'])]
    public function kioskCheckIn(Request $request, int $bookingId): JsonResponse
    {
        $token = $request->cookies->get('kiosk_token');
        if ($token === null) {
            throw new AccessDeniedHttpException('Kiosk not registered');
        }
        $kiosk = $this->kioskTokens->identify($token);
        return $this->json(['checkedIn' => $this->bookings->checkIn($bookingId, $kiosk['branch'], $kiosk['kiosk'])]);
    }
}
