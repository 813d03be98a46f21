<?php

namespace Kerbside\Legacy\Repository;

final class DamageQuery
{
    private const SEVERITIES = ['cosmetic', 'minor', 'major', 'write_off'];

    private array $filter = [];

    public function plate(mixed $plate): self
    {
        if ($plate !== null && $plate !== '') {
            $this->filter['plate'] = $plate;
        }

        return $this;
    }

    public function severity(mixed $severity): self
    {
        if (in_array($severity, self::SEVERITIES, true)) {
            $this->filter['severity'] = $severity;
        }

        return $this;
    }

    public function toFilter(): array
    {
        return $this->filter;
    }
}
