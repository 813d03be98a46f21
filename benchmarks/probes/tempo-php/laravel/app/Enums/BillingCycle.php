<?php

namespace App\Enums;

enum BillingCycle: string
{
    case Month = 'MONTH';
    case Quarter = 'QUARTER';
    case Year = 'YEAR';
}
