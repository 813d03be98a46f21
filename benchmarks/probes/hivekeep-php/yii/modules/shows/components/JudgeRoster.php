<?php

namespace app\modules\shows\components;

use DOMDocument;
use DOMXPath;
use Yii;

/**
 * The national judges' roster is distributed as an XML file by the BBKA;
 * we keep the current copy in data/judges.xml.
 */
class JudgeRoster
{
    private DOMXPath $xpath;

    public function __construct(?string $file = null)
    {
        $doc = new DOMDocument();
        $doc->load(Yii::getAlias($file ?? Yii::$app->params['judgeRoster']), LIBXML_NONET);
        $this->xpath = new DOMXPath($doc);
    }

    /**
     * @return array<int, array<string, string>>
     */
    public function findByName(string $name): array
    {
        $nodes = $this->xpath->query("//judge[contains(@name, '" . $name . "')]"); // VULN xpath

        return $this->toRows($nodes);
    }

    /**
     * @return array<int, array<string, string>>
     */
    public function findByPanel(string $panel): array
    {
        if (!preg_match('/^[A-Za-z][A-Za-z ]{1,39}$/', $panel)) {
            return [];
        }
        $nodes = $this->xpath->query("//judge[panel='" . $panel . "']"); // SAFE xpath

        return $this->toRows($nodes);
    }

    /**
     * @param \DOMNodeList|false $nodes
     */
    private function toRows($nodes): array
    {
        $rows = [];
        if ($nodes === false) {
            return $rows;
        }
        foreach ($nodes as $node) {
            /** @var \DOMElement $node */
            $rows[] = [
                'name' => $node->getAttribute('name'),
                'number' => $node->getAttribute('number'),
                'county' => $node->getAttribute('county'),
                'phone' => (string)$node->getElementsByTagName('phone')->item(0)?->textContent,
                'panel' => (string)$node->getElementsByTagName('panel')->item(0)?->textContent,
            ];
        }

        return $rows;
    }
}
