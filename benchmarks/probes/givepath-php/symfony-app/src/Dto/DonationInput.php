<?php

namespace App\Dto;

use Symfony\Component\HttpFoundation\Request;

final class DonationInput
{
    public const CURRENCIES = ['GBP', 'EUR', 'USD'];

    public function __construct(
        public readonly int $amountMinor,
        public readonly string $currency,
        public readonly string $email,
        public readonly string $firstName,
        public readonly string $lastName,
        public readonly ?string $message,
        public readonly bool $giftAid,
        public readonly bool $anonymous,
        public readonly ?string $addressLine1,
        public readonly ?string $postcode,
        public readonly string $paperSize,
    ) {
    }

    public static function fromRequest(Request $request): self
    {
        $form = $request->request;
        $currency = strtoupper($form->getString('currency', 'GBP'));

        return new self(
            amountMinor: (int) round(((float) $form->getString('amount', '0')) * 100),
            currency: in_array($currency, self::CURRENCIES, true) ? $currency : 'GBP',
            email: trim($form->getString('email')),
            firstName: trim($form->getString('first_name')),
            lastName: trim($form->getString('last_name')),
            message: trim($form->getString('message')) ?: null,
            giftAid: $form->getBoolean('gift_aid'),
            anonymous: $form->getBoolean('anonymous'),
            addressLine1: trim($form->getString('address_line1')) ?: null,
            postcode: trim($form->getString('postcode')) ?: null,
            paperSize: $form->getString('paper_size', 'A4'),
        );
    }

    public function validate(): array
    {
        $errors = [];
        if ($this->amountMinor < 100) {
            $errors[] = 'The minimum donation is 1.00.';
        }
        if (filter_var($this->email, FILTER_VALIDATE_EMAIL) === false) {
            $errors[] = 'Please enter a valid email address.';
        }
        if ($this->giftAid && ($this->addressLine1 === null || $this->postcode === null)) {
            $errors[] = 'Gift Aid needs your home address and postcode.';
        }

        return $errors;
    }
}
