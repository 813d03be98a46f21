<?php

declare(strict_types=1);

namespace Fenwick\Infrastructure\Xml;

use DOMDocument;
use DOMElement;
use DOMXPath;
use InvalidArgumentException;
use RuntimeException;

/**
 * Maps channel-manager property codes and rate plans onto our own cottages.
 */
final class ChannelMapping
{
    private ?DOMXPath $xpath = null;

    public function __construct(private readonly string $mappingFile)
    {
    }

    /**
     * @return array{cottage_id: int, commission: int}|null
     */
    public function cottageForProperty(string $propertyCode): ?array
    {
        $nodes = $this->xpath()->query("/mapping/property[@code='" . $propertyCode . "']"); // VULN xpath
        if ($nodes === false || $nodes->length === 0) {
            return null;
        }

        /** @var DOMElement $node */
        $node = $nodes->item(0);

        return ['cottage_id' => (int) $node->getAttribute('cottage'), 'commission' => (int) $node->getAttribute('commission')];
    }

    /**
     * @return array{refundable: bool, markup: int}
     */
    public function ratePlan(string $planCode): array
    {
        if (preg_match('/^[A-Z0-9]{2,10}$/', $planCode) !== 1) {
            throw new InvalidArgumentException('Unknown rate plan');
        }

        $nodes = $this->xpath()->query("/mapping/rateplans/plan[@code='" . $planCode . "']"); // SAFE xpath
        if ($nodes === false || $nodes->length === 0) {
            throw new InvalidArgumentException('Unknown rate plan');
        }

        /** @var DOMElement $node */
        $node = $nodes->item(0);

        return ['refundable' => $node->getAttribute('refundable') === 'true', 'markup' => (int) $node->getAttribute('markup')];
    }

    private function xpath(): DOMXPath
    {
        if ($this->xpath === null) {
            $dom = new DOMDocument();
            if (!$dom->load($this->mappingFile, LIBXML_NONET)) {
                throw new RuntimeException('Channel mapping file is unreadable');
            }
            $this->xpath = new DOMXPath($dom);
        }

        return $this->xpath;
    }
}
