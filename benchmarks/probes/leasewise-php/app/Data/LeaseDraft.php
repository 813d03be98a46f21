<?php

namespace App\Data;

class LeaseDraft
{
    public const STEPS = ['unit', 'tenant', 'terms', 'review'];

    public ?int $unitId = null;

    public ?int $tenantId = null;

    public ?string $startsOn = null;

    public ?string $endsOn = null;

    public ?int $rentCents = null;

    public ?int $depositCents = null;

    /** @var list<string> */
    public array $completed = [];

    public function nextStep(): ?string
    {
        foreach (self::STEPS as $step) {
            if (! in_array($step, $this->completed, true)) {
                return $step;
            }
        }

        return null;
    }

    public function isComplete(): bool
    {
        return $this->nextStep() === null;
    }
}
