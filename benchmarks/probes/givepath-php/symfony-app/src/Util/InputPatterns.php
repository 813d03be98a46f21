<?php

namespace App\Util;

final class InputPatterns
{
    public const PAYMENT_REF = '/^pay_[A-Za-z0-9]{14,32}$/D';
    public const GEOMETRY = '/^\d{2,4}x\d{2,4}$/D';
    public const CLAIM_REFERENCE = '/^GA-\d{4}-\d{6}$/D';
    public const UK_POSTCODE = '/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/Di';

    public static function isPaymentRef(?string $value): bool
    {
        return $value !== null && preg_match(self::PAYMENT_REF, $value) === 1;
    }

    public static function isGeometry(?string $value): bool
    {
        return $value !== null && preg_match(self::GEOMETRY, $value) === 1;
    }

    public static function isClaimReference(?string $value): bool
    {
        return $value !== null && preg_match(self::CLAIM_REFERENCE, $value) === 1;
    }

    public static function isUkPostcode(?string $value): bool
    {
        return $value !== null && preg_match(self::UK_POSTCODE, $value) === 1;
    }
}
