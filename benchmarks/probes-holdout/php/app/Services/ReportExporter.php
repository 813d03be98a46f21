<?php

namespace App\Services;

use App\DTO\ExportOptions;
use App\Repositories\ResultRepository;
use App\Services\Support\PathGuard;
use RuntimeException;

class ReportExporter
{
    private const HEADER = ['Ring No.', 'Class', 'Class name', 'Dog', 'Handler', 'Placing', 'Award', 'Points'];

    public function __construct(private readonly ResultRepository $results)
    {
    }

    /**
     * Writes the results CSV into the exports area and returns its absolute path.
     */
    public function resultsCsv(ExportOptions $options): string
    {
        $dir = PathGuard::ensureDirectory(config('showring.exports_dir'));
        $rows = $this->results->forShow($options->showId, $options->sort, $options->direction);

        $target = $dir . '/' . $options->fileName;
        $handle = fopen($target, 'wb'); // VULN path
        if ($handle === false) {
            throw new RuntimeException('Unable to write the export file.');
        }

        $header = self::HEADER;
        if ($options->includeCritiques) {
            $header[] = 'Critique';
        }
        fputcsv($handle, $header);

        foreach ($rows as $row) {
            $line = [
                $row->ring_number,
                $row->class_code,
                $row->class_name,
                $row->registered_name,
                $row->handler_name,
                $row->placing,
                $row->award,
                $row->points,
            ];
            if ($options->includeCritiques) {
                $line[] = $row->critique;
            }
            fputcsv($handle, array_map([$this, 'neutraliseFormula'], $line));
        }

        fclose($handle);

        return $target;
    }

    /**
     * Stops spreadsheet apps from treating critiques as formulas.
     */
    private function neutraliseFormula(mixed $value): mixed
    {
        if (is_string($value) && $value !== '' && in_array($value[0], ['=', '+', '-', '@'], true)) {
            return "'" . $value;
        }

        return $value;
    }
}
