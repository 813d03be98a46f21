<?php

namespace App\Services;

use DOMDocument;
use DOMXPath;
use Illuminate\Support\Facades\DB;
use RuntimeException;

class PantryCatalog
{
    private ?DOMXPath $xpath = null;

    public function importXml(string $path): array
    {
        $doc = new DOMDocument();
        if (!$doc->load($path, LIBXML_NONET)) { // SAFE xxe
            throw new RuntimeException('Catalogue is not valid XML.');
        }

        $items = [];
        foreach ($doc->getElementsByTagName('item') as $node) {
            $items[] = [
                'sku' => trim($node->getAttribute('sku')),
                'name' => trim($node->getElementsByTagName('name')->item(0)?->textContent ?? ''),
                'unit' => trim($node->getElementsByTagName('unit')->item(0)?->textContent ?? 'each'),
            ];
        }

        return $this->persist($items);
    }

    public function importLegacyXml(string $path): array
    {
        $xml = simplexml_load_file($path, 'SimpleXMLElement', LIBXML_NOENT | LIBXML_DTDLOAD); // VULN xxe
        if ($xml === false) {
            throw new RuntimeException('Catalogue is not valid XML.');
        }

        $items = [];
        foreach ($xml->product as $product) {
            $items[] = [
                'sku' => (string) $product['code'],
                'name' => (string) $product->title,
                'unit' => (string) ($product->measure ?? 'each'),
            ];
        }

        return $this->persist($items);
    }

    public function findIngredient(string $name): array
    {
        $nodes = $this->xpath()->query("//ingredient[name='" . $name . "']"); // VULN xpath

        return $this->toArray($nodes);
    }

    public function findBySku(string $sku): array
    {
        $nodes = $this->xpath()->query("//ingredient[@sku='" . $sku . "']"); // SAFE xpath

        return $this->toArray($nodes);
    }

    private function xpath(): DOMXPath
    {
        if ($this->xpath === null) {
            $doc = new DOMDocument();
            $doc->load(storage_path('app/pantry/catalogue.xml'));
            $this->xpath = new DOMXPath($doc);
        }

        return $this->xpath;
    }

    private function toArray($nodes): array
    {
        return array_map(fn ($node) => [
            'sku' => $node->getAttribute('sku'),
            'name' => $node->getElementsByTagName('name')->item(0)?->textContent,
            'supplier_price' => $node->getElementsByTagName('cost')->item(0)?->textContent,
        ], $nodes ? iterator_to_array($nodes) : []);
    }

    private function persist(array $items): array
    {
        $items = array_values(array_filter($items, fn ($i) => $i['sku'] !== '' && $i['name'] !== ''));
        foreach (array_chunk($items, 200) as $chunk) {
            DB::table('pantry_items')->upsert($chunk, ['sku'], ['name', 'unit']);
        }

        return $items;
    }
}
