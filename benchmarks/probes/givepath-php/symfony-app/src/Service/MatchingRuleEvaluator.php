<?php

namespace App\Service;

use App\Entity\Donation;
use Symfony\Component\ExpressionLanguage\ExpressionLanguage;
use Symfony\Component\ExpressionLanguage\SyntaxError;

/**
 * Corporate partners match gifts that satisfy a rule, e.g. "donation.getAmountMinor() >= 2000".
 */
class MatchingRuleEvaluator
{
    private ExpressionLanguage $language;

    public function __construct(private readonly string $defaultMatchRule)
    {
        $this->language = new ExpressionLanguage();
    }

    public function qualifiesForDefaultMatch(Donation $donation): bool
    {
        return (bool) $this->language->evaluate($this->defaultMatchRule, ['donation' => $donation]); // SAFE code
    }

    /**
     * Lets a partner try out a draft rule against a sample gift before we switch it on.
     */
    public function preview(string $rule, Donation $sample): array
    {
        try {
            $matched = (bool) $this->language->evaluate($rule, ['donation' => $sample]); // VULN code
        } catch (SyntaxError $e) {
            return ['valid' => false, 'error' => $e->getMessage()];
        }

        return ['valid' => true, 'matched' => $matched];
    }
}
