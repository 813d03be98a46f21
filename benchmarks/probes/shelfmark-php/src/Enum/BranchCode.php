<?php

namespace App\Enum;

enum BranchCode: string
{
    case Central = 'central';
    case Riverside = 'riverside';
    case Northgate = 'northgate';
    case Millbrook = 'millbrook';
}
