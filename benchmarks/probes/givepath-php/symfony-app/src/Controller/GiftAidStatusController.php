<?php

namespace App\Controller;

use App\Service\GiftAidXmlService;
use App\Util\InputPatterns;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\RateLimiter\RateLimiterFactory;
use Symfony\Component\Routing\Attribute\Route;

/**
 * Lets supporters check whether Gift Aid was claimed on their gifts in the latest HMRC submission.
 */
class GiftAidStatusController extends AbstractController
{
    #[Route('/gift-aid/status', name: 'giftaid_status', methods: ['POST'])]
    public function status(Request $request, GiftAidXmlService $xml, RateLimiterFactory $giftAidLookupLimiter): JsonResponse
    {
        if (!$giftAidLookupLimiter->create($request->getClientIp())->consume()->isAccepted()) {
            return $this->json(['error' => 'Too many lookups, please try again later.'], Response::HTTP_TOO_MANY_REQUESTS);
        }

        $surname = trim($request->request->getString('surname'));
        $postcode = strtoupper(trim($request->request->getString('postcode')));

        if ($surname === '' || !InputPatterns::isUkPostcode($postcode)) {
            return $this->json(['error' => 'Please give your surname and a valid UK postcode.'], Response::HTTP_BAD_REQUEST);
        }

        try {
            $entries = $xml->findDonorEntries($xml->loadLatestResponse(), $surname, $postcode);
        } catch (\RuntimeException) {
            return $this->json(['error' => 'No claim has been submitted yet this year.'], Response::HTTP_SERVICE_UNAVAILABLE);
        }

        return $this->json([
            'claimed' => $entries !== [],
            'gifts' => array_map(static fn (array $e) => ['name' => $e['name'], 'amount' => $e['amount']], $entries),
        ]);
    }
}
