<?php

namespace App\Controller;

use App\Dto\DonationInput;
use App\Entity\Donation;
use App\Message\GenerateReceipt;
use App\Repository\CampaignRepository;
use App\Repository\DonationRepository;
use App\Repository\DonorRepository;
use App\Service\EngagementService;
use App\Service\MatchingRuleEvaluator;
use App\Service\PaymentGatewayClient;
use App\Util\InputPatterns;
use App\Util\UrlGuard;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Routing\Generator\UrlGeneratorInterface;

class DonationController extends AbstractController
{
    public function __construct(
        private readonly CampaignRepository $campaigns,
        private readonly DonationRepository $donations,
        private readonly DonorRepository $donors,
        private readonly EntityManagerInterface $em,
        private readonly MessageBusInterface $bus,
        private readonly PaymentGatewayClient $payments,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route('/campaigns/{slug}/donate', name: 'donation_create', methods: ['POST'])]
    public function donate(string $slug, Request $request, EngagementService $engagement): Response
    {
        $campaign = $this->campaigns->findLiveBySlug($slug) ?? throw $this->createNotFoundException();
        if (!$this->isCsrfTokenValid('donate-' . $slug, $request->request->getString('_token'))) {
            throw $this->createAccessDeniedException('Your session expired, please try again.');
        }

        $input = DonationInput::fromRequest($request);
        if ($errors = $input->validate()) {
            foreach ($errors as $error) {
                $this->addFlash('error', $error);
            }

            return $this->redirectToRoute('campaign_show', ['slug' => $slug]);
        }

        $donor = $this->donors->findOrCreate($input->email, $input->firstName, $input->lastName);
        if ($input->giftAid) {
            $donor->setAddress($input->addressLine1, $input->postcode);
            $donor->declareGiftAid();
        }

        $donation = new Donation($campaign, $input->amountMinor, $input->currency);
        $donation->setDonor($donor);
        $donation->setMessage($input->message);
        $donation->setGiftAid($input->giftAid);
        $donation->setAnonymous($input->anonymous);

        $this->em->persist($donation);
        $this->em->flush();

        $checkout = $this->payments->createCheckout(
            $donation,
            $this->generateUrl('donation_complete', ['id' => $donation->getId()], UrlGeneratorInterface::ABSOLUTE_URL),
            $this->generateUrl('donation_cancel', ['id' => $donation->getId()], UrlGeneratorInterface::ABSOLUTE_URL),
        );

        $request->getSession()->set('pending_receipt_paper', $input->paperSize);
        $engagement->track('checkout_started', $slug, $input->email, 'web');

        return $this->redirectToRoute('donation_checkout', ['id' => $donation->getId(), 'session' => $checkout['id']]);
    }

    #[Route('/donations/{id<\d+>}/checkout', name: 'donation_checkout', methods: ['GET'])]
    public function checkout(int $id, Request $request): Response
    {
        $donation = $this->donations->find($id) ?? throw $this->createNotFoundException();

        return $this->render('donation/checkout.html.twig', [
            'donation' => $donation,
            'session_id' => $request->query->getString('session'),
        ]);
    }

    #[Route('/donations/{id<\d+>}/complete', name: 'donation_complete', methods: ['GET'])]
    public function complete(int $id, Request $request, MatchingRuleEvaluator $matching): Response
    {
        $donation = $this->donations->find($id) ?? throw $this->createNotFoundException();
        $paymentRef = $request->query->getString('payment');

        if (!InputPatterns::isPaymentRef($paymentRef)) {
            return $this->redirectToRoute('campaign_show', ['slug' => $donation->getCampaign()->getSlug()]);
        }

        if ($donation->getStatus() === Donation::STATUS_PENDING) {
            $payment = $this->payments->fetchPayment($paymentRef);
            if (($payment['status'] ?? null) === 'succeeded' && (int) $payment['amount'] === $donation->getAmountMinor()) {
                $donation->markCompleted($paymentRef);
                $this->campaigns->addToRaised($donation->getCampaign()->getId(), $donation->getAmountMinor());
                $this->em->flush();

                if ($matching->qualifiesForDefaultMatch($donation)) {
                    $this->logger->info('Donation qualifies for partner match', ['donation' => $id]);
                }

                $paper = (string) $request->getSession()->get('pending_receipt_paper', 'A4');
                $this->bus->dispatch(new GenerateReceipt($id, $paper, $request->getLocale()));
            } else {
                $donation->markFailed();
                $this->em->flush();
            }
        }

        $next = $request->query->get('next');
        if ($next) {
            return $this->redirect($next); // VULN redirect
        }

        return $this->redirectToRoute('donation_thanks', ['id' => $id]);
    }

    #[Route('/donations/{id<\d+>}/cancel', name: 'donation_cancel', methods: ['GET'])]
    public function cancel(int $id, Request $request): Response
    {
        $donation = $this->donations->find($id) ?? throw $this->createNotFoundException();
        if ($donation->getStatus() === Donation::STATUS_PENDING) {
            $donation->markFailed();
            $this->em->flush();
        }

        $returnTo = $request->query->getString('return_to');
        if (UrlGuard::isLocalPath($returnTo)) {
            return $this->redirect($returnTo); // SAFE redirect
        }

        return $this->redirectToRoute('campaign_show', ['slug' => $donation->getCampaign()->getSlug()]);
    }

    #[Route('/donations/{id<\d+>}/thanks', name: 'donation_thanks', methods: ['GET'])]
    public function thanks(int $id): Response
    {
        $donation = $this->donations->find($id) ?? throw $this->createNotFoundException();

        return $this->render('donation/thanks.html.twig', [
            'donation' => $donation,
            'campaign' => $donation->getCampaign(),
        ]);
    }
}
