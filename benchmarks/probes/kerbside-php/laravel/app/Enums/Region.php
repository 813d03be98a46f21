<?php

namespace App\Enums;

enum Region: string
{
    case North = 'north';
    case South = 'south';
    case Midlands = 'midlands';
    case Scotland = 'scotland';
    case Wales = 'wales';
}
