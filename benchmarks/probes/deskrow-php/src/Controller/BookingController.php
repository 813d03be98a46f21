<?php

declare(strict_types=1);

namespace App\Controller;

use App\Dto\BookingSearchQuery;
use App\Entity\Member;
use App\Service\BookingService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Attribute\MapQueryString;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\CurrentUser;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/api/bookings')]
#[IsGranted('ROLE_MEMBER')]
final class BookingController extends AbstractController
{
    public function __construct(private readonly BookingService $bookings)
    {
    }

    #[Route('', name: 'booking_index', methods: ['GET'])]
    public function index(
        #[CurrentUser] Member $member,
        #[MapQueryString] BookingSearchQuery $query = new BookingSearchQuery(),
    ): JsonResponse {
        return $this->json([
            'page' => $query->page,
            'items' => $this->bookings->searchForMember($member, $query),
        ]);
    }

    #[Route('/rooms/{slug}/availability', name: 'booking_room_availability', methods: ['GET'])]
    public function availability(string $slug, Request $request): JsonResponse
    {
        try {
            $from = new \DateTimeImmutable($request->query->getString('from', 'now'));
        } catch (\Exception) {
            throw new BadRequestHttpException('Invalid "from" date.');
        }

        return $this->json($this->bookings->upcomingForRoom($slug, $from));
    }

    #[Route('', name: 'booking_create', methods: ['POST'])]
    public function create(#[CurrentUser] Member $member, Request $request): JsonResponse
    {
        $data = $request->toArray();

        try {
            $start = new \DateTimeImmutable((string) ($data['startsAt'] ?? ''));
            $end = new \DateTimeImmutable((string) ($data['endsAt'] ?? ''));
        } catch (\Exception) {
            throw new BadRequestHttpException('Invalid booking window.');
        }

        try {
            $booking = $this->bookings->book(
                $member,
                (string) ($data['room'] ?? ''),
                $start,
                $end,
                (string) ($data['discount'] ?? ''),
            );
        } catch (\DomainException $e) {
            return $this->json(['error' => $e->getMessage()], 422);
        }

        return $this->json($booking, 201);
    }

    #[Route('/quick-book', name: 'booking_quick', methods: ['POST'])]
    public function quickBook(Request $request): JsonResponse
    {
        $prefs = $this->bookings->decodePreferences($request->cookies->getString('deskrow_prefs'));
        $room = $this->bookings->suggestRoom($prefs);

        if ($room === null) {
            return $this->json(['suggestion' => null, 'reason' => 'no free room matches your preferences']);
        }

        return $this->json(['suggestion' => $room]);
    }
}
