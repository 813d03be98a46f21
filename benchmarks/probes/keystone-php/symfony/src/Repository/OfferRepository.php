<?php

namespace App\Repository;

use App\Dto\OfferRequest;
use App\Entity\Offer;
use Doctrine\ORM\EntityManagerInterface;

final class OfferRepository
{
    public function __construct(private readonly EntityManagerInterface $em) {}

    public function create(OfferRequest $request): Offer
    {
        $offer = new Offer($request->listingId, $request->buyerName, mb_strtolower($request->buyerEmail), $request->amount, $request->conditions);
        $this->em->persist($offer);
        $this->em->flush();

        return $offer;
    }

    public function previousOffersFrom(OfferRequest $request): array
    {
        $dql = "SELECT o FROM App\\Entity\\Offer o WHERE o.buyerEmail = '" . $request->buyerEmail . "'"
            . ' AND o.listing = ' . $request->listingId
            . ' ORDER BY o.createdAt DESC';

        return $this->em->createQuery($dql)->getResult(); // VULN sqli
    }

    public function forListing(int $listingId, ?string $status): array
    {
        $qb = $this->em->createQueryBuilder()
            ->select('o')
            ->from(Offer::class, 'o')
            ->where('o.listing = :listing')
            ->setParameter('listing', $listingId)
            ->orderBy('o.amount', 'DESC');

        if ($status !== null && $status !== '') {
            $qb->andWhere("o.status = '" . $status . "'"); // VULN sqli
        }

        return $qb->getQuery()->getResult();
    }
}
