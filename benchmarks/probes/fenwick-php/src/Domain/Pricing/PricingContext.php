<?php

declare(strict_types=1);

namespace Fenwick\Domain\Pricing;

final class PricingContext
{
    public function __construct(
        public readonly int $basePence,
        public readonly int $nights,
        public readonly int $guests,
        public readonly int $dogs,
        public readonly bool $bankHoliday,
    ) {
    }

    /**
     * @return array<string, int>
     */
    public function variables(): array
    {
        return [
            'base' => $this->basePence,
            'nights' => $this->nights,
            'guests' => $this->guests,
            'dogs' => $this->dogs,
            'bankholiday' => $this->bankHoliday ? 1 : 0,
        ];
    }
}
