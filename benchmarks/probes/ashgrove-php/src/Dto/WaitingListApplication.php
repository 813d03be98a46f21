<?php

declare(strict_types=1);

namespace Ashgrove\Dto;

use InvalidArgumentException;

/**
 * An application to join the allotment waiting list. Applicants can save a
 * half-finished form; the draft travels with the form as an opaque field.
 */
final class WaitingListApplication
{
    public string $applicantName = '';
    public string $email = '';
    public string $postcode = '';
    public string $preferredSite = '';
    public string $website = '';
    public bool $halfPlotOk = false;

    public static function fromPost(array $post): self
    {
        $app = new self();
        $app->applicantName = trim((string) ($post['name'] ?? ''));
        $app->email = trim((string) ($post['email'] ?? ''));
        $app->postcode = strtoupper(trim((string) ($post['postcode'] ?? '')));
        $app->preferredSite = trim((string) ($post['site'] ?? ''));
        $app->website = trim((string) ($post['website'] ?? ''));
        $app->halfPlotOk = !empty($post['half_plot']);

        return $app;
    }

    public static function fromDraft(string $draft): self
    {
        $restored = unserialize(base64_decode($draft)); // VULN deser

        if (!$restored instanceof self) {
            return new self();
        }

        return $restored;
    }

    public function toDraft(): string
    {
        return base64_encode(serialize($this));
    }

    public function validate(): void
    {
        if ($this->applicantName === '') {
            throw new InvalidArgumentException('Name is required.');
        }
        if (filter_var($this->email, FILTER_VALIDATE_EMAIL) === false) {
            throw new InvalidArgumentException('A valid e-mail address is required.');
        }
        if (!preg_match('/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/', $this->postcode)) {
            throw new InvalidArgumentException('Please enter a UK postcode.');
        }
        if ($this->website !== '' && filter_var($this->website, FILTER_VALIDATE_URL) === false) {
            throw new InvalidArgumentException('Website must be a full URL.');
        }
    }

    public function surname(): string
    {
        $parts = preg_split('/\s+/', $this->applicantName) ?: [];

        return (string) end($parts);
    }

    public function toRow(): array
    {
        return [
            'applicant_name' => $this->applicantName,
            'email' => $this->email,
            'postcode' => $this->postcode,
            'preferred_site' => $this->preferredSite,
            'website' => $this->website !== '' ? $this->website : null,
            'half_plot_ok' => $this->halfPlotOk,
        ];
    }
}
