<?php

namespace App\Support;

final class InvoiceOptions
{
    public function __construct(public readonly string $title, public readonly string $paper = 'A4') {}
}
